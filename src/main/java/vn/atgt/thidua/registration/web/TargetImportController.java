package vn.atgt.thidua.registration.web;

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
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportGate;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.ImportSteps;
import vn.atgt.thidua.registration.ImportOutcome;
import vn.atgt.thidua.registration.RegistrationAccess;
import vn.atgt.thidua.registration.RegistrationQueries;
import vn.atgt.thidua.registration.RegistrationScope;
import vn.atgt.thidua.registration.RegistrationView;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetImportService;

/**
 * {@code /campaigns/{id}/targets/units/{unitId}/export | import}: the unit's registration as an Excel sheet, and the
 * upload that replaces its targets (dry run, then confirmation).
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets/units/{unitId}")
class TargetImportController {

	private final RegistrationQueries queries;
	private final RegistrationAccess access;
	private final TargetImportService imports;
	private final ImportGate gate;

	TargetImportController(RegistrationQueries queries, RegistrationAccess access, TargetImportService imports,
			ImportGate gate) {
		this.queries = queries;
		this.access = access;
		this.imports = imports;
		this.gate = gate;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user) {
		String name = imports.fileName(user, campaignId, unitId);
		return Downloads.xlsx(imports.export(user, campaignId, unitId), name);
	}

	@GetMapping("/import")
	String page(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = queries.registrationToPrepare(user, campaignId, unitId);
		if (!registration.editable()) {
			return TargetPages.notEditable(redirect, registration);
		}
		return page(campaignId, unitId).show(model);
	}

	@PostMapping("/import")
	String check(@PathVariable Long campaignId, @PathVariable Long unitId,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, HttpSession session,
			Model model, RedirectAttributes redirect) throws IOException {
		return steps(campaignId, unitId, user).check(file, session, model, redirect);
	}

	@PostMapping("/import/confirm")
	String confirm(@PathVariable Long campaignId, @PathVariable Long unitId, @RequestParam String token,
			CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
		return steps(campaignId, unitId, user).confirm(token, session, model, redirect, check -> {
			ImportOutcome outcome = imports.importChecked(user, campaignId, unitId, check);
			if (outcome.changedAnything()) {
				Flash.success(redirect, "target.import.done", outcome.added(), outcome.changed(), outcome.removed(),
						outcome.unchanged());
			}
			else {
				Flash.success(redirect, "target.import.nothingChanged", outcome.unchanged());
			}
			return TargetPages.unitPage(campaignId, unitId);
		});
	}

	/** The steps of the unit's import, for a user who prepares its registration. */
	private ImportSteps<TargetCommand> steps(Long campaignId, Long unitId, CurrentUser user) {
		access.requirePreparer(user, new RegistrationScope(campaignId, unitId));
		return new ImportSteps<>(gate, page(campaignId, unitId), "targets-" + unitId,
				sheet -> imports.check(user, campaignId, unitId, sheet));
	}

	private static ImportPage page(Long campaignId, Long unitId) {
		String base = "/campaigns/" + campaignId + "/targets/units/" + unitId;
		return new ImportPage("target.import.title", base, base + "/export", base + "/import", base + "/import/confirm",
				"target.import.help");
	}
}
