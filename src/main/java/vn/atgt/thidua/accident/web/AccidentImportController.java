package vn.atgt.thidua.accident.web;

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

import vn.atgt.thidua.accident.AccidentImportService;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.ImportedLine;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportGate;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.ImportSteps;

/** {@code /campaigns/{id}/accidents/{month}/import}: the police's monthly sheet — template, dry run, confirmation. */
@Controller
@RequestMapping("/campaigns/{campaignId}/accidents/" + AccidentController.MONTH + "/import")
class AccidentImportController {

	private final AccidentImportService imports;
	private final ImportGate gate;

	AccidentImportController(AccidentImportService imports, ImportGate gate) {
		this.imports = imports;
		this.gate = gate;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, @PathVariable String key, CurrentUser user, Model model) {
		imports.month(user, campaignId, key);
		return page(campaignId, key).show(model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@PathVariable Long campaignId, @PathVariable String key, CurrentUser user) {
		AccidentPeriod period = imports.month(user, campaignId, key);
		return Downloads.xlsx(imports.template(user, campaignId, period), "mau-so-lieu-tngt-" + key + ".xlsx");
	}

	@PostMapping
	String check(@PathVariable Long campaignId, @PathVariable String key,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, HttpSession session,
			Model model, RedirectAttributes redirect) throws IOException {
		AccidentPeriod period = imports.month(user, campaignId, key);
		return steps(campaignId, key, period, user).check(file, session, model, redirect);
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable Long campaignId, @PathVariable String key, @RequestParam String token,
			CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		AccidentPeriod period = imports.month(user, campaignId, key);
		return steps(campaignId, key, period, user).confirm(token, session, model, redirect, check -> {
			int count = imports.importSheet(user, campaignId, period, check.commands());
			Flash.success(redirect, "accident.imported", count, period.monthLabel());
			return AccidentPages.sheet(campaignId, key);
		});
	}

	/** The steps of this month's import, for a user who may enter figures ({@link AccidentImportService#month}). */
	private ImportSteps<ImportedLine> steps(Long campaignId, String key, AccidentPeriod period, CurrentUser user) {
		return new ImportSteps<>(gate, page(campaignId, key), "accidents-" + campaignId + "-" + key,
				sheet -> imports.check(user, campaignId, period, sheet));
	}

	private static ImportPage page(Long campaignId, String key) {
		String base = base(campaignId, key);
		return new ImportPage("accident.import.title", "/campaigns/" + campaignId + "/accidents/" + key,
				base + "/template", base, base + "/confirm", "accident.import.help");
	}

	private static String base(Long campaignId, String key) {
		return "/campaigns/" + campaignId + "/accidents/" + key + "/import";
	}

}
