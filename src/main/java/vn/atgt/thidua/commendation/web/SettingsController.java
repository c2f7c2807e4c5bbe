package vn.atgt.thidua.commendation.web;

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

import vn.atgt.thidua.commendation.MeetingService;
import vn.atgt.thidua.commendation.SettingsPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/commendations/settings}: the office sets its committee's quota of proposals per unit, the
 * share of votes a nominee needs and the working days nominees are published.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/commendations/settings")
@StandingOffice
class SettingsController {

	private final MeetingService meetings;

	SettingsController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	String form(@PathVariable Long campaignId, CurrentUser user, Model model) {
		SettingsPage page = meetings.settingsPage(user, campaignId);
		model.addAttribute("form", SettingsForm.of(page.settings()));
		return show(model, page);
	}

	@PostMapping
	String save(@PathVariable Long campaignId, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> meetings.updateSettings(user, campaignId, form.toValues()))) {
			Flash.success(redirect, "settings.saved");
			return "redirect:/campaigns/" + campaignId + "/commendations";
		}
		return show(model, meetings.settingsPage(user, campaignId));
	}

	private static String show(Model model, SettingsPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", ProposalPages.TAB);
		return "commendation/settings";
	}
}
