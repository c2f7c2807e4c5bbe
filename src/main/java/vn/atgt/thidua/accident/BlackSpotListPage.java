package vn.atgt.thidua.accident;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;

/** The register's list page: the campaign, a page of points, the filters' choices, what the user may do. */
public record BlackSpotListPage(CampaignView campaign, Page<BlackSpotRow> spots, BlackSpotOptions options,
		BlackSpotActions actions) {
}
