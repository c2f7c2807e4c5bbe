package vn.atgt.thidua.report.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.campaign.CampaignView;

/** What the report pages share: the campaign header with its tab, and links. */
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

	static String reportPage(Long reportId) {
		return "redirect:/reports/" + reportId;
	}
}
