package vn.atgt.thidua.scoring.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportGate;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.ImportSteps;
import vn.atgt.thidua.scoring.CriterionCommand;
import vn.atgt.thidua.scoring.ScoreSheets;
import vn.atgt.thidua.scoring.ScoringQueries;

/**
 * {@code /campaigns/{id}/score-table/export | import}: the table's lines as an Excel sheet (also the template), and the
 * office's upload that replaces them (dry run listing problems by row, then confirmation).
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/score-table")
class ScoreTableImportController {

	private final ScoreSheets sheets;
	private final ScoringQueries queries;
	private final ImportGate gate;

	ScoreTableImportController(ScoreSheets sheets, ScoringQueries queries, ImportGate gate) {
		this.sheets = sheets;
		this.queries = queries;
		this.gate = gate;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, CurrentUser user) {
		return Downloads.xlsx(sheets.export(user, campaignId), "bang-cham-diem-" + campaignId + ".xlsx");
	}

	@GetMapping("/import")
	@StandingOffice
	String page(@PathVariable Long campaignId, CurrentUser user, Model model) {
		queries.tableToEdit(user, campaignId);
		return page(campaignId).show(model);
	}

	@PostMapping("/import")
	@StandingOffice
	String check(@PathVariable Long campaignId, @RequestParam(name = "file", required = false) MultipartFile file,
			CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) throws IOException {
		return steps(campaignId, user).check(file, session, model, redirect);
	}

	@PostMapping("/import/confirm")
	@StandingOffice
	String confirm(@PathVariable Long campaignId, @RequestParam String token, CurrentUser user, HttpSession session,
			Model model, RedirectAttributes redirect) {
		return steps(campaignId, user).confirm(token, session, model, redirect, check -> {
			Flash.success(redirect, "scoring.import.done", sheets.importChecked(user, campaignId, check));
			return ScoringPages.table(campaignId);
		});
	}

	private ImportSteps<CriterionCommand> steps(Long campaignId, CurrentUser user) {
		queries.tableToEdit(user, campaignId);
		return new ImportSteps<>(gate, page(campaignId), "score-table-" + campaignId,
				sheet -> sheets.check(user, campaignId, sheet));
	}

	private static ImportPage page(Long campaignId) {
		String base = "/campaigns/" + campaignId + "/score-table";
		return new ImportPage("scoring.import.title", base, base + "/export", base + "/import", base + "/import/confirm",
				"scoring.import.help");
	}
}
