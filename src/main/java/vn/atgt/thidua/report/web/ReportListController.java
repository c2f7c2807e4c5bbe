package vn.atgt.thidua.report.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportAccess;
import vn.atgt.thidua.report.ReportFilter;
import vn.atgt.thidua.report.ReportOverviewPage;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.UnitReportsPage;

/**
 * {@code /campaigns/{id}/reports}: a unit user's reports by period (with the button that opens a period's report), or
 * for the standing office and leaders every unit's report for every period that has begun, filtered by period, unit
 * and status.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/reports")
class ReportListController {

	static final int PAGE_SIZE = 50;

	private final ReportService reports;
	private final ReportQueries queries;
	private final ReportAccess access;
	private final MessageSource messages;

	ReportListController(ReportService reports, ReportQueries queries, ReportAccess access, MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.queries = queries;
		this.access = access;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, @RequestParam(required = false) Long periodId,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Locale locale,
			HttpServletRequest request, Model model) {
		if (!access.seesEveryUnit(user)) {
			UnitReportsPage page = queries.unitReports(user, campaignId);
			ReportPages.header(model, page.campaign(), ReportPages.REPORTS_TAB);
			model.addAttribute("unitReports", page);
			return page.participant() ? "report/unit-list" : "report/not-participant";
		}
		ReportOverviewPage overview = queries.overview(user, campaignId, new ReportFilter(periodId, unitId, q, status,
				null), pageable);
		ReportPages.header(model, overview.campaign(), ReportPages.REPORTS_TAB);
		model.addAttribute("overview", overview);
		model.addAttribute("rowsView",
				OverviewRowsView.of(overview.rows().getContent(), messages, locale, request.getContextPath()));
		return "report/overview";
	}

	@PostMapping("/open")
	String open(@PathVariable Long campaignId, @RequestParam Long periodId, CurrentUser user) {
		return ReportPages.reportPage(reports.open(user, campaignId, periodId));
	}
}
