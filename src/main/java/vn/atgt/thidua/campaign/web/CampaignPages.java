package vn.atgt.thidua.campaign.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/** What every page of one campaign shows above its tab: the campaign, the active tab, and what the user may do. */
final class CampaignPages {

	private CampaignPages() {
	}

	static boolean isEditor(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/**
	 * Puts the campaign header on the model: {@code editor} (the user sets campaigns up) and {@code canEdit} (she does
	 * and the campaign is not closed: a closed campaign shows no button that changes it).
	 */
	static void header(Model model, CampaignView campaign, String tab, CurrentUser user) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", tab);
		model.addAttribute("editor", isEditor(user));
		model.addAttribute("canEdit", isEditor(user) && !campaign.isClosed());
	}

	static String overview(Long campaignId) {
		return "redirect:/campaigns/" + campaignId;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
