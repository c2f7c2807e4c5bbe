package vn.atgt.thidua.accident;

import vn.atgt.thidua.campaign.CampaignView;

/** The entry page of one accident month: the campaign, the month's {@link SheetView}, what the user may do with it. */
public record SheetPage(CampaignView campaign, SheetView sheet, AccidentActions actions) {
}
