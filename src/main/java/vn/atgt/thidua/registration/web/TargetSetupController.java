package vn.atgt.thidua.registration.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.registration.RegistrationQueries;
import vn.atgt.thidua.registration.SetupFormPage;
import vn.atgt.thidua.registration.SuggestionsPage;
import vn.atgt.thidua.registration.TargetSetupService;

/**
 * {@code /campaigns/{id}/targets/suggestions} and {@code /deadline}: the suggested indicators per task area with the
 * sums of what units registered for them, and the registration deadline.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets")
class TargetSetupController {

	private static final String FORM = "registration/suggestion-form";
	private static final String DEADLINE = "registration/deadline-form";

	private final TargetSetupService setup;
	private final RegistrationQueries queries;

	TargetSetupController(TargetSetupService setup, RegistrationQueries queries) {
		this.setup = setup;
		this.queries = queries;
	}

	@GetMapping("/suggestions")
	@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'LEADER', 'ADMIN')")
	String suggestions(@PathVariable Long campaignId, CurrentUser user, Model model) {
		SuggestionsPage page = queries.suggestions(user, campaignId);
		TargetPages.header(model, page.campaign());
		model.addAttribute("page", page);
		return "registration/suggestions";
	}

	@GetMapping("/suggestions/new")
	@StandingOffice
	String newSuggestion(@PathVariable Long campaignId, @RequestParam(required = false) Long taskAreaId,
			CurrentUser user, Model model) {
		model.addAttribute("form", SuggestionForm.empty(taskAreaId));
		return TargetPages.showSetupForm(model, FORM, queries.suggestionForm(user, campaignId, null));
	}

	@PostMapping("/suggestions")
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") SuggestionForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> setup.addSuggestion(user, campaignId, form.toCommand()))) {
			Flash.success(redirect, "suggestion.added", form.name());
			return list(campaignId);
		}
		return TargetPages.showSetupForm(model, FORM, queries.suggestionForm(user, campaignId, null));
	}

	@GetMapping("/suggestions/{id}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long id, CurrentUser user, Model model) {
		SetupFormPage page = queries.suggestionForm(user, campaignId, id);
		model.addAttribute("form", SuggestionForm.of(page.suggestion()));
		return TargetPages.showSetupForm(model, FORM, page);
	}

	@PostMapping("/suggestions/{id}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long id,
			@Valid @ModelAttribute("form") SuggestionForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> setup.updateSuggestion(user, campaignId, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "suggestion.updated", form.name());
			return list(campaignId);
		}
		return TargetPages.showSetupForm(model, FORM, queries.suggestionForm(user, campaignId, id));
	}

	@PostMapping("/suggestions/{id}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long id, CurrentUser user,
			RedirectAttributes redirect) {
		Flash.success(redirect, "suggestion.removed", setup.removeSuggestion(user, campaignId, id));
		return list(campaignId);
	}

	@GetMapping("/deadline")
	@StandingOffice
	String deadlineForm(@PathVariable Long campaignId, CurrentUser user, Model model) {
		SetupFormPage page = queries.deadlineForm(user, campaignId);
		model.addAttribute("form", DeadlineForm.of(page.deadline()));
		return TargetPages.showSetupForm(model, DEADLINE, page);
	}

	@PostMapping("/deadline")
	@StandingOffice
	String setDeadline(@PathVariable Long campaignId, @ModelAttribute("form") DeadlineForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> setup.setDeadline(user, campaignId, form.deadline(), form.version()))) {
			Flash.success(redirect, form.deadline() == null ? "deadline.removed" : "deadline.saved");
			return TargetPages.overview(campaignId);
		}
		return TargetPages.showSetupForm(model, DEADLINE, queries.deadlineForm(user, campaignId));
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/targets/suggestions";
	}
}
