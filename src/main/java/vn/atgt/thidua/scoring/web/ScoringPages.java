package vn.atgt.thidua.scoring.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;

/** What the scoring pages share: the campaign header with the scoring tab, and addresses. */
final class ScoringPages {

	static final String TAB = "scoring";

	private ScoringPages() {
	}

	static void header(Model model, CampaignView campaign) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", TAB);
	}

	static String table(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/score-table";
	}

	static String score(Long scoreId) {
		return "redirect:/scores/" + scoreId;
	}
}
