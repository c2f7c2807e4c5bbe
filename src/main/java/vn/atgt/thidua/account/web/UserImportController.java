package vn.atgt.thidua.account.web;

import java.io.ByteArrayInputStream;
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
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.PendingUploads;
import vn.atgt.thidua.common.xlsx.ImportCheck;

/** {@code /admin/users/import}: template, dry run, confirmation, and the one-time sheet of temporary passwords. */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

	private static final String KIND = "users";
	private static final String CREDENTIALS = "user-credentials";
	private static final ImportPage PAGE = new ImportPage("import.users.title", "/admin/users",
			"/admin/users/import/template", "/admin/users/import", "/admin/users/import/confirm", "import.users.help");

	private final UserImportService imports;

	UserImportController(UserImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Model model) {
		return PAGE.show(model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(imports.template(), "mau-nhap-nguoi-dung.xlsx");
	}

	@PostMapping
	String check(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		try {
			ImportCheck<UserCommand> check = imports.check(new ByteArrayInputStream(content));
			String token = check.isValid() ? PendingUploads.keep(session, KIND, content) : null;
			return PAGE.showCheck(model, check, token);
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
			return "redirect:/admin/users/import";
		}
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
		byte[] content = PendingUploads.take(session, KIND, token).orElse(null);
		if (content == null) {
			Flash.danger(redirect, "import.expired");
			return "redirect:/admin/users/import";
		}
		ImportCheck<UserCommand> check = imports.check(new ByteArrayInputStream(content));
		if (!check.isValid()) {
			return PAGE.showCheck(model, check, null);
		}
		byte[] credentials = imports.importAll(check.commands());
		model.addAttribute("count", check.rowCount());
		model.addAttribute("token", PendingUploads.keep(session, CREDENTIALS, credentials));
		return "account/import-done";
	}

	/** The temporary passwords of the last import, downloadable once. */
	@PostMapping("/credentials")
	ResponseEntity<byte[]> credentials(@RequestParam String token, HttpSession session) {
		return PendingUploads.take(session, CREDENTIALS, token)
			.map(content -> Downloads.xlsx(content, "mat-khau-tam-thoi.xlsx"))
			.orElseGet(() -> ResponseEntity.status(410).build());
	}
}
