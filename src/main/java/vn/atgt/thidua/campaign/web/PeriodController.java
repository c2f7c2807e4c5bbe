package vn.atgt.thidua.campaign.web;

import java.util.Arrays;

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

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignQueries;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.PeriodsPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /campaigns/{id}/periods}: the campaign's reporting periods, generated or added by hand. */
@Controller
@RequestMapping("/campaigns/{campaignId}/periods")
class PeriodController {

	private static final String FORM = "campaign/period-form";
	private static final String GENERATE = "campaign/period-generate";

	private final CampaignQueries queries;
	private final PeriodService periods;

	PeriodController(CampaignQueries queries, PeriodService periods) {
		this.queries = queries;
		this.periods = periods;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		PeriodsPage page = queries.periods(user, campaignId);
		CampaignPages.header(model, page.campaign(), "periods", page.actions());
		model.addAttribute("periods", page.periods());
		return "campaign/periods";
	}

	@GetMapping("/generate")
	@StandingOffice
	String generateForm(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("form", GenerationForm.of(periods.generationDefaults(user, campaignId)));
		return generate(model, user, campaignId);
	}

	@PostMapping("/generate")
	@StandingOffice
	String generate(@PathVariable Long campaignId, @Valid @ModelAttribute("form") GenerationForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> Flash.success(redirect, "period.generated",
				periods.generate(user, campaignId, form.toGeneration())))) {
			return list(campaignId);
		}
		return generate(model, user, campaignId);
	}

	@GetMapping("/new")
	@StandingOffice
	String newPeriod(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("form", PeriodForm.empty());
		return form(model, user, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") PeriodForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> periods.add(user, campaignId, form.toCommand()))) {
			Flash.success(redirect, "period.added", form.name());
			return list(campaignId);
		}
		return form(model, user, campaignId, null);
	}

	@GetMapping("/{periodId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long periodId, CurrentUser user, Model model) {
		model.addAttribute("form", PeriodForm.of(periods.get(user, campaignId, periodId)));
		return form(model, user, campaignId, periodId);
	}

	@PostMapping("/{periodId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long periodId,
			@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> periods.update(user, campaignId, periodId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "period.updated", form.name());
			return list(campaignId);
		}
		return form(model, user, campaignId, periodId);
	}

	@PostMapping("/{periodId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long periodId, CurrentUser user,
			RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> periods.remove(user, campaignId, periodId))) {
			Flash.success(redirect, "period.removed");
		}
		return list(campaignId);
	}

	private String form(Model model, CurrentUser user, Long campaignId, Long periodId) {
		model.addAttribute("campaign", queries.setupHeader(user, campaignId));
		model.addAttribute("periodId", periodId);
		model.addAttribute("cadences", Cadence.values());
		return FORM;
	}

	private String generate(Model model, CurrentUser user, Long campaignId) {
		model.addAttribute("campaign", queries.setupHeader(user, campaignId));
		model.addAttribute("cadences", Arrays.stream(Cadence.values()).filter(Cadence::isRegular).toList());
		return GENERATE;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/periods";
	}
}
