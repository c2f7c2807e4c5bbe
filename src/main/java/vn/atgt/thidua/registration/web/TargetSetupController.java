package vn.atgt.thidua.registration.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.registration.SuggestedIndicatorTotal;
import vn.atgt.thidua.registration.SuggestedIndicatorView;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.common.security.StandingOffice;

/**
 * {@code /campaigns/{id}/targets/suggestions} and {@code /deadline}: the suggested indicators per task area with the
 * sums of what units registered for them, and the registration deadline.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets")
class TargetSetupController {

	private static final String FORM = "registration/suggestion-form";
	private static final String DEADLINE = "registration/deadline-form";

	private final CampaignService campaigns;
	private final TargetSetupService setup;

	TargetSetupController(CampaignService campaigns, TargetSetupService setup) {
		this.campaigns = campaigns;
		this.setup = setup;
	}

	@GetMapping("/suggestions")
	@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'LEADER', 'ADMIN')")
	String suggestions(@PathVariable Long campaignId, CurrentUser user, Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		List<SuggestedIndicatorView> suggestions = setup.suggestions(campaignId);
		Map<Long, SuggestedIndicatorTotal> totals = setup.totals(campaignId).stream()
			.collect(Collectors.toMap(SuggestedIndicatorTotal::suggestedIndicatorId, Function.identity()));
		TargetPages.header(model, campaign);
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		model.addAttribute("suggestions", suggestions.stream()
			.collect(Collectors.groupingBy(SuggestedIndicatorView::taskAreaId)));
		model.addAttribute("totals", totals);
		model.addAttribute("canSetUp", TargetPages.decides(user) && !campaign.isClosed());
		return "registration/suggestions";
	}

	@GetMapping("/suggestions/new")
	@StandingOffice
	String newSuggestion(@PathVariable Long campaignId, @RequestParam(required = false) Long taskAreaId,
			Model model) {
		model.addAttribute("form", SuggestionForm.empty(taskAreaId));
		return form(model, campaignId, null);
	}

	@PostMapping("/suggestions")
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") SuggestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> setup.addSuggestion(campaignId, form.toCommand()))) {
			Flash.success(redirect, "suggestion.added", form.name());
			return list(campaignId);
		}
		return form(model, campaignId, null);
	}

	@GetMapping("/suggestions/{id}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long id, Model model) {
		SuggestedIndicatorView suggestion = setup.suggestion(campaignId, id);
		model.addAttribute("form", SuggestionForm.of(suggestion));
		return form(model, campaignId, suggestion);
	}

	@PostMapping("/suggestions/{id}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long id,
			@Valid @ModelAttribute("form") SuggestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SuggestedIndicatorView suggestion = setup.suggestion(campaignId, id);
		if (Forms.attempt(result, () -> setup.updateSuggestion(campaignId, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "suggestion.updated", form.name());
			return list(campaignId);
		}
		return form(model, campaignId, suggestion);
	}

	@PostMapping("/suggestions/{id}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long id, RedirectAttributes redirect) {
		SuggestedIndicatorView suggestion = setup.suggestion(campaignId, id);
		setup.removeSuggestion(campaignId, id);
		Flash.success(redirect, "suggestion.removed", suggestion.name());
		return list(campaignId);
	}

	@GetMapping("/deadline")
	@StandingOffice
	String deadlineForm(@PathVariable Long campaignId, Model model) {
		model.addAttribute("form", DeadlineForm.of(setup.deadline(campaignId)));
		TargetPages.header(model, campaigns.get(campaignId));
		return DEADLINE;
	}

	@PostMapping("/deadline")
	@StandingOffice
	String setDeadline(@PathVariable Long campaignId, @ModelAttribute("form") DeadlineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> setup.setDeadline(campaignId, form.deadline(), form.version()))) {
			Flash.success(redirect, form.deadline() == null ? "deadline.removed" : "deadline.saved");
			return TargetPages.overview(campaignId);
		}
		TargetPages.header(model, campaigns.get(campaignId));
		return DEADLINE;
	}

	private String form(Model model, Long campaignId, SuggestedIndicatorView suggestion) {
		TargetPages.header(model, campaigns.get(campaignId));
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		model.addAttribute("directions", TargetDirection.values());
		return FORM;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/targets/suggestions";
	}
}
