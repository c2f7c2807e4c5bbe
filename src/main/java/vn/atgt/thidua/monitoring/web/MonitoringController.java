package vn.atgt.thidua.monitoring.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.monitoring.LatePage;
import vn.atgt.thidua.monitoring.MatrixFilter;
import vn.atgt.thidua.monitoring.MatrixPage;
import vn.atgt.thidua.monitoring.MatrixSheet;
import vn.atgt.thidua.monitoring.MonitoringQueries;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.monitoring.UrgingResult;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The campaign tab "Theo dõi, đôn đốc": the status matrix {@code /campaigns/{id}/monitoring} (filters by unit kind and
 * task area, Excel export), and the late list {@code /campaigns/{id}/monitoring/late} from which the standing office
 * urges selected units ({@code POST …/late/urge}) or downloads the urging letter (the document module's address, the
 * form's second button). Leaders read both pages; unit users get 403 everywhere.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/monitoring")
class MonitoringController {

	static final String TAB = "monitoring";
	/** Units per page of the matrix (50 rows of 13 cells) and of the late list. */
	static final int UNITS_PER_PAGE = 50;

	private final MonitoringQueries queries;
	private final MonitoringService monitoring;
	private final MessageSource messages;

	MonitoringController(MonitoringQueries queries, MonitoringService monitoring, MessageSource messages) {
		this.queries = queries;
		this.monitoring = monitoring;
		this.messages = messages;
	}

	@GetMapping
	@MonitoringReaders
	String matrix(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, @PageableDefault(size = UNITS_PER_PAGE) Pageable pageable,
			CurrentUser user, Locale locale, HttpServletRequest request, Model model) {
		MatrixPage page = queries.matrixPage(user, campaignId, MatrixFilter.parse(unitKind, taskAreaId), pageable);
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("matrix", page.matrix());
		model.addAttribute("rowsPage", page.rows());
		model.addAttribute("view", MatrixView.of(page.matrix(), messages, locale, request.getContextPath()));
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("taskAreas", page.taskAreas());
		model.addAttribute("actions", page.actions());
		return "monitoring/matrix";
	}

	@GetMapping("/export")
	@MonitoringReaders
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, CurrentUser user, Locale locale) {
		MatrixSheet sheet = queries.matrixSheet(user, campaignId, MatrixFilter.parse(unitKind, taskAreaId), locale);
		return Downloads.xlsx(sheet.content(), sheet.fileName());
	}

	@GetMapping("/late")
	@MonitoringReaders
	String late(@PathVariable Long campaignId, @RequestParam(required = false) String item,
			@PageableDefault(size = UNITS_PER_PAGE) Pageable pageable, CurrentUser user, Locale locale,
			HttpServletRequest request, Model model) {
		LatePage page = queries.latePage(user, campaignId, ItemSelection.parse(item), pageable);
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("selection", page.selection());
		model.addAttribute("periods", page.periods());
		model.addAttribute("units", page.units().getContent());
		model.addAttribute("view", LateView.of(page.units().getContent(), messages, locale, request.getContextPath()));
		model.addAttribute("unitsPage", page.units());
		model.addAttribute("actions", page.actions());
		return "monitoring/late";
	}

	/** Urges the ticked units; without one, or with none of them late, it says so and sends nothing. */
	@PostMapping("/late/urge")
	@StandingOffice
	String urge(@PathVariable Long campaignId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
			@RequestParam(required = false) String item, CurrentUser user, RedirectAttributes redirect) {
		ItemSelection selection = ItemSelection.parse(item);
		if (unitIds == null || unitIds.isEmpty()) {
			Flash.warning(redirect, "monitoring.urge.noUnit");
		}
		else {
			flash(redirect, monitoring.urge(user, campaignId, unitIds, selection));
		}
		return latePage(campaignId, selection);
	}

	private static void flash(RedirectAttributes redirect, UrgingResult result) {
		if (result.urged() == 0) {
			Flash.warning(redirect, "monitoring.urge.nothingLate");
		}
		else {
			Flash.success(redirect, "monitoring.urge.sent", result.urged(), result.notified(), result.skipped());
		}
	}

	private static String latePage(Long campaignId, ItemSelection selection) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns/{id}/monitoring/late");
		if (!selection.param().isEmpty()) {
			uri.queryParam("item", selection.param());
		}
		return "redirect:" + uri.buildAndExpand(campaignId).toUriString();
	}
}
