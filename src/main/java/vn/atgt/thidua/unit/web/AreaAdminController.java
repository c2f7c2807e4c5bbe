package vn.atgt.thidua.unit.web;

import java.time.LocalDate;

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

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.AreaService;

/** {@code /admin/areas}: the administrative areas, their validity and their successions. */
@Controller
@RequestMapping("/admin/areas")
class AreaAdminController {

	private static final String FORM = "unit/area-form";

	private final AreaService areas;

	AreaAdminController(AreaService areas) {
		this.areas = areas;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long levelId,
			@RequestParam(required = false) LocalDate validOn, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		model.addAttribute("areas", areas.search(q, levelId, validOn, pageable));
		model.addAttribute("q", q);
		model.addAttribute("levelId", levelId);
		model.addAttribute("validOn", validOn);
		model.addAttribute("levels", areas.levels());
		return "unit/areas";
	}

	@GetMapping("/new")
	String newArea(Model model) {
		model.addAttribute("form", AreaForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Long id = areas.create(form.toCommand());
			Flash.success(redirect, "area.created", form.name());
			return "redirect:/admin/areas/" + id + "/edit";
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("form", AreaForm.of(areas.get(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			areas.update(id, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, id);
		}
		Flash.success(redirect, "area.updated", form.name());
		return "redirect:/admin/areas";
	}

	@PostMapping("/{id}/successions")
	String addSuccession(@PathVariable Long id, @Valid @ModelAttribute("succession") SuccessionForm succession,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> areas.addSuccession(id, succession.successorId(), succession.effectiveDate()))) {
			Flash.success(redirect, "area.succession.added");
			return "redirect:/admin/areas/" + id + "/edit";
		}
		model.addAttribute("form", AreaForm.of(areas.get(id)));
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("areaId", id);
		model.addAttribute("levels", areas.levels());
		model.addAttribute("parents", areas.all());
		if (id != null) {
			model.addAttribute("successions", areas.successionsOf(id));
			if (!model.containsAttribute("succession")) {
				model.addAttribute("succession", SuccessionForm.empty());
			}
		}
		return FORM;
	}
}
