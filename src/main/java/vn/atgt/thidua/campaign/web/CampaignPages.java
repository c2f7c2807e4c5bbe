package vn.atgt.thidua.campaign.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignActions;
import vn.atgt.thidua.campaign.CampaignView;

/** What every page of one campaign shows above its tab: the campaign, the active tab, and what the user may do. */
final class CampaignPages {

	private CampaignPages() {
	}

	/** Puts the campaign header on the model, with the user's buttons ({@link CampaignActions}, from the policy). */
	static void header(Model model, CampaignView campaign, String tab, CampaignActions actions) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", tab);
		model.addAttribute("actions", actions);
	}

	static String overview(Long campaignId) {
		return "redirect:/campaigns/" + campaignId;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
