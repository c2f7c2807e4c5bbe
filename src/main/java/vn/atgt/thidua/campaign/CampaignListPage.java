package vn.atgt.thidua.campaign;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The list of campaigns: a page of them, the years some campaign covers (the year filter), and whether the user may
 * launch a new one.
 */
public record CampaignListPage(Page<CampaignSummary> campaigns, List<Integer> years, boolean create) {
}
