package vn.atgt.thidua.unit.web;

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

import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.ImportGate;
import vn.atgt.thidua.common.web.ImportPage;
import vn.atgt.thidua.common.web.ImportSteps;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitImportService;

/** {@code /admin/units/import}: template, dry run, confirmation. */
@Controller
@RequestMapping("/admin/units/import")
class UnitImportController {

	private final UnitImportService imports;
	private final ImportSteps<UnitCommand> steps;

	UnitImportController(UnitImportService imports, ImportGate gate) {
		this.imports = imports;
		this.steps = new ImportSteps<>(gate, new ImportPage("import.units.title", "/admin/units",
				"/admin/units/import/template", "/admin/units/import", "/admin/units/import/confirm",
				"import.units.help"), "units", imports::check);
	}

	@GetMapping
	String page(Model model) {
		return steps.show(model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		return Downloads.xlsx(imports.template(), "mau-nhap-don-vi.xlsx");
	}

	@PostMapping
	String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		return steps.check(file, session, model, redirect);
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
		return steps.confirm(token, session, model, redirect, check -> {
			Flash.success(redirect, "import.done", imports.importAll(check.commands()));
			return "redirect:/admin/units";
		});
	}
}
