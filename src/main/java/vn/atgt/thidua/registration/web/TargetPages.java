package vn.atgt.thidua.registration.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/** What the registration pages share: the campaign header with its tab, links, and refused rules put on a form. */
final class TargetPages {

	static final String TAB = "targets";

	private TargetPages() {
	}

	/** The campaign header of every registration page, with the "Đăng ký thi đua" tab active. */
	static void header(Model model, CampaignView campaign) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", TAB);
	}

	/** True for those who decide on registrations: the standing office and administrators. */
	static boolean decides(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	static String unitPage(Long campaignId, Long unitId) {
		return "redirect:/campaigns/" + campaignId + "/targets/units/" + unitId;
	}

	static String overview(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/targets";
	}


	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
