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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.registration.RegistrationPage;
import vn.atgt.thidua.registration.RegistrationQueries;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.ReturnCommand;

/**
 * {@code /campaigns/{id}/targets/units/{unitId}/approve | return | reopen}: the standing office decides on a unit's
 * registration; a return and a reopening need a reason.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets/units/{unitId}")
class TargetReviewController {

	private static final String RETURN = "registration/return-form";
	private static final String REOPEN = "registration/reopen-form";

	private final RegistrationService registrations;
	private final RegistrationQueries queries;

	TargetReviewController(RegistrationService registrations, RegistrationQueries queries) {
		this.registrations = registrations;
		this.queries = queries;
	}

	@PostMapping("/approve")
	@StandingOffice
	String approve(@PathVariable Long campaignId, @PathVariable Long unitId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		registrations.approve(user, campaignId, unitId, version);
		Flash.success(redirect, "target.approved");
		return TargetPages.unitPage(campaignId, unitId);
	}

	@GetMapping("/return")
	@StandingOffice
	String returnForm(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return form(model, redirect, RETURN, RegistrationStatus.SUBMITTED, "target.decide.notSubmitted",
				queries.decisionForm(user, campaignId, unitId));
	}

	@PostMapping("/return")
	@StandingOffice
	String returnForChanges(@PathVariable Long campaignId, @PathVariable Long unitId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> registrations.returnForChanges(user, campaignId, unitId, form.version(),
				new ReturnCommand(form.reason(), form.givenComments())))) {
			Flash.success(redirect, "target.returned", queries.unitName(user, campaignId, unitId));
			return TargetPages.unitPage(campaignId, unitId);
		}
		return TargetPages.showRegistration(model, RETURN, queries.decisionForm(user, campaignId, unitId));
	}

	@GetMapping("/reopen")
	@StandingOffice
	String reopenForm(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return form(model, redirect, REOPEN, RegistrationStatus.APPROVED, "target.reopen.notApproved",
				queries.decisionForm(user, campaignId, unitId));
	}

	@PostMapping("/reopen")
	@StandingOffice
	String reopen(@PathVariable Long campaignId, @PathVariable Long unitId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> registrations.reopen(user, campaignId, unitId, form.version(), form.reason()))) {
			Flash.success(redirect, "target.reopened", queries.unitName(user, campaignId, unitId));
			return TargetPages.unitPage(campaignId, unitId);
		}
		return TargetPages.showRegistration(model, REOPEN, queries.decisionForm(user, campaignId, unitId));
	}

	/** The empty form, or back to the unit's page when the registration is not where the decision applies. */
	private static String form(Model model, RedirectAttributes redirect, String view, RegistrationStatus needed,
			String notThere, RegistrationPage page) {
		if (page.registration().status() != needed) {
			Flash.warning(redirect, notThere);
			return TargetPages.unitPage(page.campaign().id(), page.registration().unitId());
		}
		model.addAttribute("form", ReasonForm.empty(page.registration().version()));
		return TargetPages.showRegistration(model, view, page);
	}
}
