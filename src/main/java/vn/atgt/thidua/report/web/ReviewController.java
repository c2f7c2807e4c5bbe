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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.report.ReportFilter;
import vn.atgt.thidua.report.ReportPage;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportView;
import vn.atgt.thidua.report.ReviewQueuePage;

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

	private final ReportService reports;
	private final ReportQueries queries;

	ReviewController(ReportService reports, ReportQueries queries) {
		this.reports = reports;
		this.queries = queries;
	}

	@GetMapping("/campaigns/{campaignId}/review")
	String queue(@PathVariable Long campaignId, @RequestParam(required = false) Long periodId,
			@RequestParam(required = false) Long taskAreaId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String q,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		ReviewQueuePage queue = queries.reviewQueue(user, campaignId, new ReportFilter(periodId, unitId, q, null,
				taskAreaId), pageable);
		ReportPages.header(model, queue.campaign(), ReportPages.REVIEW_TAB);
		model.addAttribute("queue", queue);
		return "report/review";
	}

	@PostMapping("/reports/{reportId}/accept")
	@StandingOffice
	String accept(@PathVariable Long reportId, @RequestParam long version,
			@RequestParam(required = false) String back, CurrentUser user, RedirectAttributes redirect) {
		reports.accept(user, reportId, version);
		return decided(redirect, "report.accepted", queries.report(user, reportId), back);
	}

	/** The quick return from the queue: a reason, no comments on entries. */
	@PostMapping("/reports/{reportId}/quick-return")
	@StandingOffice
	String quickReturn(@PathVariable Long reportId, @RequestParam long version,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, CurrentUser user, RedirectAttributes redirect) {
		reports.returnForChanges(user, reportId, version, reason, Map.of());
		return decided(redirect, "report.returned", queries.report(user, reportId), back);
	}

	@GetMapping("/reports/{reportId}/return")
	@StandingOffice
	String returnForm(@PathVariable Long reportId, CurrentUser user, Model model, RedirectAttributes redirect) {
		return form(model, RETURN, queries.reportPage(user, reportId), ReportStatus.SUBMITTED,
				"report.decide.notSubmitted", redirect);
	}

	@PostMapping("/reports/{reportId}/return")
	@StandingOffice
	String returnForChanges(@PathVariable Long reportId, @Valid @ModelAttribute("form") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> reports.returnForChanges(user, reportId, form.version(), form.reason(), form.givenComments()))) {
			return decided(redirect, "report.returned", queries.report(user, reportId), null);
		}
		return page(model, RETURN, queries.reportPage(user, reportId));
	}

	@GetMapping("/reports/{reportId}/reopen")
	@StandingOffice
	String reopenForm(@PathVariable Long reportId, CurrentUser user, Model model, RedirectAttributes redirect) {
		return form(model, REOPEN, queries.reportPage(user, reportId), ReportStatus.ACCEPTED,
				"report.reopen.notAccepted", redirect);
	}

	@PostMapping("/reports/{reportId}/reopen")
	@StandingOffice
	String reopen(@PathVariable Long reportId, @Valid @ModelAttribute("form") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> reports.reopen(user, reportId, form.version(), form.reason()))) {
			return decided(redirect, "report.reopened", queries.report(user, reportId), null);
		}
		return page(model, REOPEN, queries.reportPage(user, reportId));
	}

	/** An empty reason form for a report in the status it needs; else back to the report with a warning. */
	private String form(Model model, String view, ReportPage page, ReportStatus needed, String warning,
			RedirectAttributes redirect) {
		if (page.report().status() != needed) {
			Flash.warning(redirect, warning);
			return ReportPages.reportPage(page.report().id());
		}
		model.addAttribute("form", ReasonForm.empty(page.report().version()));
		return page(model, view, page);
	}

	private String page(Model model, String view, ReportPage page) {
		ReportPages.header(model, page.campaign(), ReportPages.REVIEW_TAB);
		model.addAttribute("report", page.report());
		model.addAttribute("taskAreas", page.taskAreas());
		return view;
	}

	/**
	 * The office's decision is done: a flash naming the report, and back to the queue the office acted from (its
	 * filters kept), else to the report.
	 */
	private static String decided(RedirectAttributes redirect, String message, ReportView report, String back) {
		Flash.success(redirect, message, report.unitName(), report.period().name());
		String queue = "/campaigns/" + report.campaignId() + "/review";
		if (back != null && (back.equals(queue) || back.startsWith(queue + "?")) && !back.contains("\n")
				&& !back.contains("\r")) {
			return "redirect:" + back;
		}
		return ReportPages.reportPage(report.id());
	}
}
