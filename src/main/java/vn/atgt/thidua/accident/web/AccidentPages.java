package vn.atgt.thidua.accident.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;

/** What every accident page of a campaign shows above its content: the campaign header with its tab. */
final class AccidentPages {

	static final String ACCIDENTS_TAB = "accidents";
	static final String BLACK_SPOTS_TAB = "blackSpots";

	private AccidentPages() {
	}

	static void header(Model model, CampaignView campaign, String tab) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", tab);
	}

	static String sheet(Long campaignId, String key) {
		return "redirect:/campaigns/" + campaignId + "/accidents/" + key;
	}
}
