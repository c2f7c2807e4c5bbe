package vn.atgt.thidua.dashboard.web;

import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.dashboard.ResultsFilter;
import vn.atgt.thidua.dashboard.ResultsPage;
import vn.atgt.thidua.dashboard.ResultsQueries;
import vn.atgt.thidua.dashboard.ResultsTable;

/**
 * The results of the movement: unit × task area and task area × unit, filtered by kind of unit, task area and area;
 * both tables show a page of 50 units (the pager keeps the filter), each downloads as XLSX with the screen's columns
 * and every unit.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/results")
class ResultsController {

	/** Units per page of both tables (the export has them all). */
	static final int UNITS_PER_PAGE = 50;

	private final ResultsQueries queries;

	ResultsController(ResultsQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String results(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, @RequestParam(required = false) String areaId,
			@PageableDefault(size = UNITS_PER_PAGE) Pageable pageable, CurrentUser user, Model model) {
		ResultsPage page = queries.results(user, campaignId, ResultsFilter.parse(unitKind, taskAreaId, areaId),
				pageable);
		model.addAttribute("page", page);
		model.addAttribute("campaign", page.campaign());
		return "dashboard/results";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) String table,
			@RequestParam(required = false) String unitKind, @RequestParam(required = false) String taskAreaId,
			@RequestParam(required = false) String areaId, CurrentUser user, Locale locale) {
		ResultsTable which = ResultsTable.parse(table);
		byte[] content = queries.export(user, campaignId, ResultsFilter.parse(unitKind, taskAreaId, areaId), which,
				locale);
		return Downloads.xlsx(content, "ket-qua-phong-trao-" + campaignId + "-"
				+ (which == ResultsTable.UNITS ? "don-vi" : "nhiem-vu") + ".xlsx");
	}
}
