package vn.atgt.thidua.accident;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The register's list page: the campaign, a page of points, the area filter's choices (the committee's communes/town;
 * the list has no unit filter, so the committee's units are not read), what the user may do.
 */
public record BlackSpotListPage(CampaignView campaign, Page<BlackSpotRow> spots, List<SheetArea> areas,
		BlackSpotActions actions) {
}
