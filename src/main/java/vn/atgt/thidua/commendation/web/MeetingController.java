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

import vn.atgt.thidua.commendation.MeetingPage;
import vn.atgt.thidua.commendation.MeetingService;
import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /campaigns/{id}/commendations/meeting}: the office records the voting meeting and its votes. */
@Controller
@RequestMapping("/campaigns/{campaignId}/commendations/meeting")
@StandingOffice
class MeetingController {

	private final MeetingService meetings;
	private final ProposalQueries queries;

	MeetingController(MeetingService meetings, ProposalQueries queries) {
		this.meetings = meetings;
		this.queries = queries;
	}

	@GetMapping
	String form(@PathVariable Long campaignId, CurrentUser user, Model model) {
		MeetingPage page = queries.meetingPage(user, campaignId);
		model.addAttribute("form", MeetingForm.empty(page.settings().voteThreshold()));
		return show(model, page);
	}

	@PostMapping
	String record(@PathVariable Long campaignId, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> meetings.record(user, campaignId, form.toCommand()))) {
			Flash.success(redirect, "meeting.recorded");
			return "redirect:/campaigns/" + campaignId + "/commendations";
		}
		return show(model, queries.meetingPage(user, campaignId));
	}

	private static String show(Model model, MeetingPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", ProposalPages.TAB);
		model.addAttribute("nominees", page.nominees());
		return "commendation/meeting";
	}
}
