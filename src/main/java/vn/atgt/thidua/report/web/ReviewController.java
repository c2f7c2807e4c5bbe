package vn.atgt.thidua.report.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.report.ReportFilter;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportView;
import vn.atgt.thidua.common.security.StandingOffice;

/**
 * The standing office's review (thẩm định): the queue {@code /campaigns/{id}/review} of submitted reports, oldest
 * first, with filters and accept / return from the queue; and on a report, accept, return with a reason and comments
 * per entry ({@code /reports/{id}/return}), and reopen an accepted one with a reason ({@code /reports/{id}/reopen}).
 * Leaders read the queue; only the office and administrators decide.
 */
@Controller
class ReviewController {

	static final int PAGE_SIZE = 30;
	private static final String RETURN = "report/return-form";
	private static final String REOPEN = "report/reopen-form";

	private final CampaignService campaigns;
	private final ReportService reports;

	ReviewController(CampaignService campaigns, ReportService reports) {
		this.campaigns = campaigns;
		this.reports = reports;
	}

	@GetMapping("/campaigns/{campaignId}/review")
	String queue(@PathVariable Long campaignId, @RequestParam(required = false) Long periodId,
			@RequestParam(required = false) Long taskAreaId, @RequestParam(required = false) Long unitId,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		ReportPages.header(model, campaign, ReportPages.REVIEW_TAB);
		model.addAttribute("rows", reports.reviewQueue(user, campaignId,
				new ReportFilter(periodId, unitId, null, taskAreaId), pageable));
		model.addAttribute("periods", campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList());
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		model.addAttribute("units", campaigns.participants(campaignId));
		model.addAttribute("periodId", periodId);
		model.addAttribute("taskAreaId", taskAreaId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("canDecide", campaign.isActive() && ReportPages.decides(user));
		return "report/review";
	}

	@PostMapping("/reports/{reportId}/accept")
	@StandingOffice
	String accept(@PathVariable Long reportId, @RequestParam long version,
			@RequestParam(required = false) String back, CurrentUser user, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		reports.accept(user, reportId, version);
		Flash.success(redirect, "report.accepted", report.unitName(), report.period().name());
		return back(back, report);
	}

	/** The quick return from the queue: a reason, no comments on entries. */
	@PostMapping("/reports/{reportId}/quick-return")
	@StandingOffice
	String quickReturn(@PathVariable Long reportId, @RequestParam long version,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, CurrentUser user, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		reports.returnForChanges(user, reportId, version, reason, Map.of());
		Flash.success(redirect, "report.returned", report.unitName(), report.period().name());
		return back(back, report);
	}

	@GetMapping("/reports/{reportId}/return")
	@StandingOffice
	String returnForm(@PathVariable Long reportId, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		if (report.status() != ReportStatus.SUBMITTED) {
			Flash.warning(redirect, "report.decide.notSubmitted");
			return ReportPages.reportPage(reportId);
		}
		model.addAttribute("form", ReasonForm.empty(report.version()));
		return page(model, RETURN, report);
	}

	@PostMapping("/reports/{reportId}/return")
	@StandingOffice
	String returnForChanges(@PathVariable Long reportId, @Valid @ModelAttribute("form") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		if (Forms.attempt(result,
				() -> reports.returnForChanges(user, reportId, form.version(), form.reason(), form.givenComments()))) {
			Flash.success(redirect, "report.returned", report.unitName(), report.period().name());
			return ReportPages.reportPage(reportId);
		}
		return page(model, RETURN, report);
	}

	@GetMapping("/reports/{reportId}/reopen")
	@StandingOffice
	String reopenForm(@PathVariable Long reportId, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		if (report.status() != ReportStatus.ACCEPTED) {
			Flash.warning(redirect, "report.reopen.notAccepted");
			return ReportPages.reportPage(reportId);
		}
		model.addAttribute("form", ReasonForm.empty(report.version()));
		return page(model, REOPEN, report);
	}

	@PostMapping("/reports/{reportId}/reopen")
	@StandingOffice
	String reopen(@PathVariable Long reportId, @Valid @ModelAttribute("form") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportView report = reports.report(user, reportId);
		if (Forms.attempt(result, () -> reports.reopen(user, reportId, form.version(), form.reason()))) {
			Flash.success(redirect, "report.reopened", report.unitName(), report.period().name());
			return ReportPages.reportPage(reportId);
		}
		return page(model, REOPEN, report);
	}

	private String page(Model model, String view, ReportView report) {
		ReportPages.header(model, campaigns.get(report.campaignId()), ReportPages.REVIEW_TAB);
		model.addAttribute("report", report);
		model.addAttribute("taskAreas", campaigns.taskAreas(report.campaignId()));
		return view;
	}

	/** Back to the queue the office acted from (its filters kept), else to the report. */
	private static String back(String back, ReportView report) {
		String queue = "/campaigns/" + report.campaignId() + "/review";
		if (back != null && (back.equals(queue) || back.startsWith(queue + "?")) && !back.contains("\n")
				&& !back.contains("\r")) {
			return "redirect:" + back;
		}
		return ReportPages.reportPage(report.id());
	}
}
