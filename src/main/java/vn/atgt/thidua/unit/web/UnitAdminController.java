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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitFilter;
import vn.atgt.thidua.unit.UnitFormPage;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitQueries;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitsPage;

/** {@code /admin/units}: the member units, for administrators. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	static final int PAGE_SIZE = 25;
	private static final String FORM = "unit/unit-form";

	private final UnitService units;
	private final UnitQueries queries;

	UnitAdminController(UnitService units, UnitQueries queries) {
		this.units = units;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) Boolean active, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			CurrentUser user, Model model) {
		UnitsPage page = queries.units(user, new UnitFilter(q, kind, null, active), pageable);
		model.addAttribute("units", page.units());
		model.addAttribute("actions", page.actions());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("active", active);
		model.addAttribute("kinds", UnitKind.values());
		return "unit/units";
	}

	@GetMapping("/new")
	String newUnit(CurrentUser user, Model model) {
		UnitFormPage page = queries.unitForm(user, null);
		model.addAttribute("form", UnitForm.empty(page.proposedCommitteeId()));
		return form(model, page);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> create(user, form.toCommand()))) {
			Flash.success(redirect, "unit.created", form.name());
			return "redirect:/admin/units";
		}
		return form(model, queries.unitForm(user, null));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		UnitFormPage page = queries.unitForm(user, id);
		model.addAttribute("form", UnitForm.of(page.unit()));
		return form(model, page);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		queries.requireUnit(user, id);
		if (Forms.attempt(result, () -> update(user, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "unit.updated", form.name());
			return "redirect:/admin/units";
		}
		return form(model, queries.unitForm(user, id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		queries.requireUnit(user, id);
		units.setActive(id, false);
		Flash.success(redirect, "unit.deactivated", units.get(id).name());
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		queries.requireUnit(user, id);
		units.setActive(id, true);
		Flash.success(redirect, "unit.activated", units.get(id).name());
		return "redirect:/admin/units";
	}

	/** A new unit goes into the administrator's committee only. */
	private void create(CurrentUser user, UnitCommand command) {
		UnitCommand own = command.orIn(user.committeeId());
		queries.requireUnitCommittee(user, own.committeeId());
		units.create(own);
	}

	private void update(CurrentUser user, Long id, long version, UnitCommand command) {
		UnitCommand own = command.orIn(user.committeeId());
		queries.requireUnitCommittee(user, own.committeeId());
		units.update(id, version, own);
	}

	private static String form(Model model, UnitFormPage page) {
		model.addAttribute("unitId", page.unit() == null ? null : page.unit().id());
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("areas", page.areas());
		model.addAttribute("committees", page.committees());
		return FORM;
	}
}
