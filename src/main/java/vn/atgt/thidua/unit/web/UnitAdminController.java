package vn.atgt.thidua.unit.web;

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
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitFilter;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

/** {@code /admin/units}: the member units, for administrators. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	static final int PAGE_SIZE = 25;
	private static final String FORM = "unit/unit-form";

	private final UnitService units;
	private final AreaService areas;
	private final CommitteeService committees;

	UnitAdminController(UnitService units, AreaService areas, CommitteeService committees) {
		this.units = units;
		this.areas = areas;
		this.committees = committees;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) Boolean active, @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("units", units.search(new UnitFilter(q, kind, null, active),
				pageable));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("active", active);
		model.addAttribute("kinds", UnitKind.values());
		return "unit/units";
	}

	@GetMapping("/new")
	String newUnit(Model model) {
		model.addAttribute("form", UnitForm.empty(committees.main().map(CommitteeSummary::id).orElse(null)));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			units.create(form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, null);
		}
		Flash.success(redirect, "unit.created", form.name());
		return "redirect:/admin/units";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("form", UnitForm.of(units.get(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			units.update(id, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, id);
		}
		Flash.success(redirect, "unit.updated", form.name());
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		units.setActive(id, false);
		Flash.success(redirect, "unit.deactivated", units.get(id).name());
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		units.setActive(id, true);
		Flash.success(redirect, "unit.activated", units.get(id).name());
		return "redirect:/admin/units";
	}

	private String form(Model model, Long id) {
		model.addAttribute("unitId", id);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("areas", areas.all());
		model.addAttribute("committees", committees.committees());
		return FORM;
	}
}
