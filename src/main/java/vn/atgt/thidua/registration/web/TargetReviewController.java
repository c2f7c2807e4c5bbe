package vn.atgt.thidua.registration.web;

import jakarta.validation.Valid;

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
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.RegistrationView;
import vn.atgt.thidua.registration.ReturnCommand;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.common.security.StandingOffice;

/**
 * {@code /campaigns/{id}/targets/units/{unitId}/approve | return | reopen}: the standing office decides on a unit's
 * registration; a return and a reopening need a reason.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets/units/{unitId}")
class TargetReviewController {

	private static final String RETURN = "registration/return-form";
	private static final String REOPEN = "registration/reopen-form";

	private final CampaignService campaigns;
	private final RegistrationService targets;

	TargetReviewController(CampaignService campaigns, RegistrationService targets) {
		this.campaigns = campaigns;
		this.targets = targets;
	}

	@PostMapping("/approve")
	@StandingOffice
	String approve(@PathVariable Long campaignId, @PathVariable Long unitId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		targets.approve(user, campaignId, unitId, version);
		Flash.success(redirect, "target.approved");
		return TargetPages.unitPage(campaignId, unitId);
	}

	@GetMapping("/return")
	@StandingOffice
	String returnForm(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		if (registration.status() != RegistrationStatus.SUBMITTED) {
			Flash.warning(redirect, "target.decide.notSubmitted");
			return TargetPages.unitPage(campaignId, unitId);
		}
		model.addAttribute("form", ReasonForm.empty(registration.version()));
		return page(model, RETURN, campaignId, registration);
	}

	@PostMapping("/return")
	@StandingOffice
	String returnForChanges(@PathVariable Long campaignId, @PathVariable Long unitId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		if (Forms.attempt(result, () -> targets.returnForChanges(user, campaignId, unitId, form.version(),
				new ReturnCommand(form.reason(), form.givenComments())))) {
			Flash.success(redirect, "target.returned", registration.unitName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return page(model, RETURN, campaignId, registration);
	}

	@GetMapping("/reopen")
	@StandingOffice
	String reopenForm(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		if (registration.status() != RegistrationStatus.APPROVED) {
			Flash.warning(redirect, "target.reopen.notApproved");
			return TargetPages.unitPage(campaignId, unitId);
		}
		model.addAttribute("form", ReasonForm.empty(registration.version()));
		return page(model, REOPEN, campaignId, registration);
	}

	@PostMapping("/reopen")
	@StandingOffice
	String reopen(@PathVariable Long campaignId, @PathVariable Long unitId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		if (Forms.attempt(result, () -> targets.reopen(user, campaignId, unitId, form.version(), form.reason()))) {
			Flash.success(redirect, "target.reopened", registration.unitName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return page(model, REOPEN, campaignId, registration);
	}

	private String page(Model model, String view, Long campaignId, RegistrationView registration) {
		TargetPages.header(model, campaigns.get(campaignId));
		model.addAttribute("registration", registration);
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		return view;
	}
}
