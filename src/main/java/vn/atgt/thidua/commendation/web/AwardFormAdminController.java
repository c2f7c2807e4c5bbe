package vn.atgt.thidua.commendation.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.commendation.AwardBasis;
import vn.atgt.thidua.commendation.AwardFormService;
import vn.atgt.thidua.commendation.DossierPart;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /admin/award-forms}: the dated catalogue of award forms and titles, kept by the administrator. */
@Controller
@RequestMapping("/admin/award-forms")
class AwardFormAdminController {

	private static final String FORM = "commendation/award-form";

	private final AwardFormService forms;

	AwardFormAdminController(AwardFormService forms) {
		this.forms = forms;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("forms", forms.catalogue(user));
		return "commendation/award-forms";
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model) {
		forms.catalogue(user);
		model.addAttribute("form", AwardFormForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AwardFormForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Optional<Long> id = Forms.attemptReturning(result, () -> forms.create(user, form.toCommand()));
		if (id.isPresent()) {
			Flash.success(redirect, "award.created", form.name());
			return "redirect:/admin/award-forms";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("form", AwardFormForm.of(forms.get(user, id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AwardFormForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> forms.update(user, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "award.updated", form.name());
			return "redirect:/admin/award-forms";
		}
		return form(model, id);
	}

	private static String form(Model model, Long id) {
		model.addAttribute("formId", id);
		model.addAttribute("bases", AwardBasis.values());
		model.addAttribute("parts", DossierPart.values());
		return FORM;
	}
}
