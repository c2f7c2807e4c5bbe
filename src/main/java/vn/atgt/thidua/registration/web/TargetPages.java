package vn.atgt.thidua.registration.web;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.registration.OverviewPage;
import vn.atgt.thidua.registration.RegistrationPage;
import vn.atgt.thidua.registration.RegistrationView;
import vn.atgt.thidua.registration.SetupFormPage;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetFormPage;
import vn.atgt.thidua.unit.UnitKind;

/**
 * What the registration pages share: the campaign header with its tab, the model each page's template reads (taken
 * from the page's read model, never computed here), links.
 */
final class TargetPages {

	static final String TAB = "targets";

	private TargetPages() {
	}

	/** The campaign header of every registration page, with the "Đăng ký thi đua" tab active. */
	static void header(Model model, CampaignView campaign) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", TAB);
	}

	static String showOverview(Model model, OverviewPage page) {
		header(model, page.campaign());
		model.addAttribute("page", page);
		model.addAttribute("kinds", UnitKind.values());
		return "registration/overview";
	}

	static String showNotParticipant(Model model, CampaignView campaign) {
		header(model, campaign);
		return "registration/not-participant";
	}

	/** A unit's registration page, or the office's return or reopen form ({@code view}) of it. */
	static String showRegistration(Model model, String view, RegistrationPage page) {
		header(model, page.campaign());
		model.addAttribute("registration", page.registration());
		model.addAttribute("taskAreas", page.taskAreas());
		model.addAttribute("openSuggestions", page.openSuggestions());
		model.addAttribute("actions", page.actions());
		return view;
	}

	static String showUnit(Model model, RegistrationPage page) {
		return showRegistration(model, "registration/unit", page);
	}

	/** The target form, around the form object already in the model (bound from a POST, or set by a GET). */
	static String showTargetForm(Model model, TargetFormPage page) {
		TargetForm form = (TargetForm) model.getAttribute("form");
		header(model, page.campaign());
		model.addAttribute("registration", page.registration());
		model.addAttribute("target", page.target());
		model.addAttribute("taskAreas", page.taskAreas());
		model.addAttribute("areasById", page.areasById());
		model.addAttribute("directions", TargetDirection.values());
		model.addAttribute("milestone", form != null && form.milestone());
		model.addAttribute("suggested", form != null && form.suggested());
		return "registration/target-form";
	}

	/** A set-up form ({@code view}): a suggested indicator's or the deadline's. */
	static String showSetupForm(Model model, String view, SetupFormPage page) {
		header(model, page.campaign());
		model.addAttribute("suggestion", page.suggestion());
		model.addAttribute("taskAreas", page.taskAreas());
		model.addAttribute("directions", TargetDirection.values());
		return view;
	}

	/** Back to the unit's page, saying why its targets cannot change now. */
	static String notEditable(RedirectAttributes redirect, RegistrationView registration) {
		Flash.warning(redirect, "target.notEditable." + registration.status().name());
		return unitPage(registration.campaignId(), registration.unitId());
	}

	static String unitPage(Long campaignId, Long unitId) {
		return "redirect:/campaigns/" + campaignId + "/targets/units/" + unitId;
	}

	static String overview(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/targets";
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
