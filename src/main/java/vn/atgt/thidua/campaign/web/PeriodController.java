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
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.security.StandingOffice;

/** {@code /campaigns/{id}/periods}: the campaign's reporting periods, generated or added by hand. */
@Controller
@RequestMapping("/campaigns/{campaignId}/periods")
class PeriodController {

	private static final String FORM = "campaign/period-form";
	private static final String GENERATE = "campaign/period-generate";

	private final CampaignService campaigns;
	private final PeriodService periods;

	PeriodController(CampaignService campaigns, PeriodService periods) {
		this.campaigns = campaigns;
		this.periods = periods;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		CampaignPages.header(model, campaigns.get(campaignId), "periods", user);
		model.addAttribute("periods", campaigns.periods(campaignId));
		return "campaign/periods";
	}

	@GetMapping("/generate")
	@StandingOffice
	String generateForm(@PathVariable Long campaignId, Model model) {
		model.addAttribute("form", GenerationForm.of(periods.generationDefaults(campaignId)));
		return generate(model, campaignId);
	}

	@PostMapping("/generate")
	@StandingOffice
	String generate(@PathVariable Long campaignId, @Valid @ModelAttribute("form") GenerationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return generate(model, campaignId);
		}
		int added;
		try {
			added = periods.generate(campaignId, form.toGeneration());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return generate(model, campaignId);
		}
		Flash.success(redirect, "period.generated", added);
		return list(campaignId);
	}

	@GetMapping("/new")
	@StandingOffice
	String newPeriod(@PathVariable Long campaignId, Model model) {
		model.addAttribute("form", PeriodForm.empty());
		return form(model, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") PeriodForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, campaignId, null);
		}
		try {
			periods.add(campaignId, form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, null);
		}
		Flash.success(redirect, "period.added", form.name());
		return list(campaignId);
	}

	@GetMapping("/{periodId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long periodId, Model model) {
		model.addAttribute("form", PeriodForm.of(periods.get(campaignId, periodId)));
		return form(model, campaignId, periodId);
	}

	@PostMapping("/{periodId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long periodId,
			@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, campaignId, periodId);
		}
		try {
			periods.update(campaignId, periodId, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, periodId);
		}
		Flash.success(redirect, "period.updated", form.name());
		return list(campaignId);
	}

	@PostMapping("/{periodId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long periodId, RedirectAttributes redirect) {
		try {
			periods.remove(campaignId, periodId);
			Flash.success(redirect, "period.removed");
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	private String form(Model model, Long campaignId, Long periodId) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("periodId", periodId);
		model.addAttribute("cadences", Cadence.values());
		return FORM;
	}

	private String generate(Model model, Long campaignId) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("cadences", Arrays.stream(Cadence.values()).filter(Cadence::isRegular).toList());
		return GENERATE;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/periods";
	}
}
