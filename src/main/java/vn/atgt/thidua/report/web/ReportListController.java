package vn.atgt.thidua.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportFilter;
import vn.atgt.thidua.report.ReportRow;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatus;

/**
 * {@code /campaigns/{id}/reports}: a unit user's reports by period (with the button that opens a period's report), or
 * for the standing office and leaders every unit's report for every period that has begun, filtered by period, unit
 * and status.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/reports")
class ReportListController {

	static final int PAGE_SIZE = 50;

	private final CampaignService campaigns;
	private final ReportService reports;

	ReportListController(CampaignService campaigns, ReportService reports) {
		this.campaigns = campaigns;
		this.reports = reports;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, @RequestParam(required = false) Long periodId,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		ReportPages.header(model, campaign, ReportPages.REPORTS_TAB);
		if (!user.seesAllUnits()) {
			if (user.unitId() == null || !campaigns.isParticipant(campaignId, user.unitId())) {
				return "report/not-participant";
			}
			model.addAttribute("rows", reports.reportsOfUnit(user, campaignId, user.unitId()));
			model.addAttribute("unitName", user.unitName());
			model.addAttribute("canOpen", campaign.isActive() && user.worksFor(user.unitId()));
			return "report/unit-list";
		}
		// periods that have not begun are shown only when asked for: every unit would be "not started" there
		List<ReportRow> all = reports.overview(user, campaignId, ReportFilter.none()).stream()
			.filter(r -> r.started() || r.period().id().equals(periodId))
			.toList();
		ReportFilter filter = new ReportFilter(periodId, unitId, status, null);
		List<ReportRow> shown = all.stream().filter(filter::matches).toList();
		int from = (int) Math.min(pageable.getOffset(), shown.size());
		Page<ReportRow> rows = new PageImpl<>(shown.subList(from, Math.min(from + pageable.getPageSize(), shown.size())),
				pageable, shown.size());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ReportStatus s : ReportStatus.values()) {
			counts.put(s.name(), 0L);
		}
		counts.put(ReportFilter.NOT_STARTED, 0L);
		all.stream()
			.filter(r -> periodId == null || periodId.equals(r.period().id()))
			.forEach(r -> counts.merge(r.statusKey(), 1L, Long::sum));
		model.addAttribute("rows", rows);
		model.addAttribute("statusCounts", counts);
		model.addAttribute("periods", campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList());
		model.addAttribute("units", campaigns.participants(campaignId));
		model.addAttribute("periodId", periodId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("status", status);
		model.addAttribute("statuses", counts.keySet());
		return "report/overview";
	}

	@PostMapping("/open")
	String open(@PathVariable Long campaignId, @RequestParam Long periodId, CurrentUser user) {
		return ReportPages.reportPage(reports.open(user, campaignId, periodId));
	}
}
