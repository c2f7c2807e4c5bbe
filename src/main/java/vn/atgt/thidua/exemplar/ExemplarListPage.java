package vn.atgt.thidua.exemplar;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;

/** The list page: the campaign, a page of exemplars, what the user may do. */
public record ExemplarListPage(CampaignView campaign, Page<ExemplarRow> exemplars, ExemplarListActions actions) {
}
