package vn.atgt.thidua.campaign;

import java.util.List;

/** The campaign's tab of reporting periods: the campaign, its periods, what the user may do. */
public record PeriodsPage(CampaignView campaign, List<PeriodView> periods, CampaignActions actions) {
}
