package vn.atgt.thidua.account.web;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.UserCommand;
import vn.atgt.thidua.account.UserImportService;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportGate;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.ImportSteps;
import vn.atgt.thidua.common.web.PendingUploads;

/** {@code /admin/users/import}: template, dry run, confirmation, and the one-time sheet of temporary passwords. */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

	private static final String CREDENTIALS = "user-credentials";

	private final UserImportService imports;
	private final ImportSteps<UserCommand> steps;

	UserImportController(UserImportService imports, ImportGate gate) {
		this.imports = imports;
		this.steps = new ImportSteps<>(gate, new ImportPage("import.users.title", "/admin/users",
				"/admin/users/import/template", "/admin/users/import", "/admin/users/import/confirm",
				"import.users.help"), "users", imports::check);
	}

	@GetMapping
	String page(Model model) {
		return steps.show(model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(imports.template(), "mau-nhap-nguoi-dung.xlsx");
	}

	@PostMapping
	String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		return steps.check(file, session, model, redirect);
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
		return steps.confirm(token, session, model, redirect, check -> {
			byte[] credentials = imports.importAll(check.commands());
			model.addAttribute("count", check.rowCount());
			model.addAttribute("token", PendingUploads.keep(session, CREDENTIALS, credentials));
			return "account/import-done";
		});
	}

	/** The temporary passwords of the last import, downloadable once. */
	@PostMapping("/credentials")
	ResponseEntity<byte[]> credentials(@RequestParam String token, HttpSession session) {
		return PendingUploads.take(session, CREDENTIALS, token)
			.map(content -> Downloads.xlsx(content, "mat-khau-tam-thoi.xlsx"))
			.orElseGet(() -> ResponseEntity.status(410).build());
	}
}
