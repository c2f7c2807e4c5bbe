package vn.atgt.thidua.target.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.target.InvalidTargetException;

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

	/** Puts a refused rule on the form: every problem of an invalid target beside its field, others as usual. */
	static void reject(BindingResult result, DomainException e) {
		if (e instanceof InvalidTargetException invalid) {
			for (FieldException problem : invalid.problems()) {
				if (!result.hasFieldErrors(problem.field())) {
					Forms.reject(result, problem);
				}
			}
		}
		else {
			Forms.reject(result, e);
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
