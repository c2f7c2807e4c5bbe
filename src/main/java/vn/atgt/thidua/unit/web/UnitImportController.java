package vn.atgt.thidua.unit.web;

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

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.PendingUploads;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitImportService;

/** {@code /admin/units/import}: template, dry run, confirmation. */
@Controller
@RequestMapping("/admin/units/import")
class UnitImportController {

	private static final String KIND = "units";
	private static final ImportPage PAGE = new ImportPage("import.units.title", "/admin/units",
			"/admin/units/import/template", "/admin/units/import", "/admin/units/import/confirm", "import.units.help");

	private final UnitImportService imports;

	UnitImportController(UnitImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Model model) {
		return PAGE.show(model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(imports.template(), "mau-nhap-don-vi.xlsx");
	}

	@PostMapping
	String check(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		try {
			ImportCheck<UnitCommand> check = imports.check(new ByteArrayInputStream(content));
			String token = check.isValid() ? PendingUploads.keep(session, KIND, content) : null;
			return PAGE.showCheck(model, check, token);
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
			return "redirect:/admin/units/import";
		}
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
		byte[] content = PendingUploads.take(session, KIND, token).orElse(null);
		if (content == null) {
			Flash.danger(redirect, "import.expired");
			return "redirect:/admin/units/import";
		}
		ImportCheck<UnitCommand> check = imports.check(new ByteArrayInputStream(content));
		if (!check.isValid()) {
			return PAGE.showCheck(model, check, null);
		}
		int count = imports.importAll(check.commands());
		Flash.success(redirect, "import.done", count);
		return "redirect:/admin/units";
	}
}
