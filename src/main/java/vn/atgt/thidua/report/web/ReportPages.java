package vn.atgt.thidua.report.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/** What the report pages share: the campaign header with its tab, links, and refused rules put on a form. */
final class ReportPages {

	static final String REPORTS_TAB = "reports";
	static final String REVIEW_TAB = "review";

	private ReportPages() {
	}

	/** The campaign header of a report page, with its tab active. */
	static void header(Model model, CampaignView campaign, String tab) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", tab);
	}

	/** True for those who decide on reports: the standing office and administrators. */
	static boolean decides(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	static String reportPage(Long reportId) {
		return "redirect:/reports/" + reportId;
	}

	static String reviewPage(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/review";
	}

}
