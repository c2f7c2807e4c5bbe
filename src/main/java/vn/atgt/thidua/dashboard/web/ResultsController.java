package vn.atgt.thidua.dashboard.web;

import java.util.Locale;

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
 * each table downloads as XLSX with the screen's columns.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/results")
class ResultsController {

	private final ResultsQueries queries;

	ResultsController(ResultsQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String results(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, @RequestParam(required = false) String areaId,
			CurrentUser user, Model model) {
		ResultsPage page = queries.results(user, campaignId, ResultsFilter.parse(unitKind, taskAreaId, areaId));
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
