package vn.atgt.thidua.unit.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.AreaFormPage;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.AreasPage;
import vn.atgt.thidua.unit.UnitQueries;

/** {@code /admin/areas}: the administrative areas, their validity and their successions. */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController {

	private static final String FORM = "unit/area-form";

	private final AreaService areas;
	private final UnitQueries queries;

	AreaAdminController(AreaService areas, UnitQueries queries) {
		this.areas = areas;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long levelId,
			@RequestParam(required = false) LocalDate validOn, @PageableDefault(size = 50) Pageable pageable,
			CurrentUser user, Model model) {
		AreasPage page = queries.areas(user, q, levelId, validOn, pageable);
		model.addAttribute("areas", page.areas());
		model.addAttribute("q", q);
		model.addAttribute("levelId", levelId);
		model.addAttribute("validOn", validOn);
		model.addAttribute("levels", page.levels());
		return "unit/areas";
	}

	@GetMapping("/new")
	String newArea(CurrentUser user, Model model) {
		model.addAttribute("form", AreaForm.empty());
		return form(model, queries.areaForm(user, null));
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AreaForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Optional<Long> id = Forms.attemptReturning(result, () -> areas.create(form.toCommand()));
		if (id.isEmpty()) {
			return form(model, queries.areaForm(user, null));
		}
		Flash.success(redirect, "area.created", form.name());
		return "redirect:/admin/areas/" + id.get() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		AreaFormPage page = queries.areaForm(user, id);
		model.addAttribute("form", AreaForm.of(page.area()));
		return form(model, page);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AreaForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> areas.update(id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "area.updated", form.name());
			return "redirect:/admin/areas";
		}
		return form(model, queries.areaForm(user, id));
	}

	@PostMapping("/{id}/successions")
	String addSuccession(@PathVariable Long id, @Valid @ModelAttribute("succession") SuccessionForm succession,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> areas.addSuccession(id, succession.successorId(), succession.effectiveDate()))) {
			Flash.success(redirect, "area.succession.added");
			return "redirect:/admin/areas/" + id + "/edit";
		}
		AreaFormPage page = queries.areaForm(user, id);
		model.addAttribute("form", AreaForm.of(page.area()));
		return form(model, page);
	}

	private static String form(Model model, AreaFormPage page) {
		model.addAttribute("areaId", page.area() == null ? null : page.area().id());
		model.addAttribute("levels", page.levels());
		model.addAttribute("parents", page.parents());
		if (page.area() != null) {
			model.addAttribute("successions", page.successions());
			if (!model.containsAttribute("succession")) {
				model.addAttribute("succession", SuccessionForm.empty());
			}
		}
		return FORM;
	}
}
