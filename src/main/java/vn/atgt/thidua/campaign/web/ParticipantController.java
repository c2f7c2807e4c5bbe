package vn.atgt.thidua.campaign.web;

import java.util.List;

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

import vn.atgt.thidua.campaign.CampaignQueries;
import vn.atgt.thidua.campaign.ParticipantService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.ParticipantsPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.UnitSummary;

/** {@code /campaigns/{id}/units}: the units that take part in the campaign and their persons in charge. */
@Controller
@RequestMapping("/campaigns/{campaignId}/units")
class ParticipantController {

	private static final String FORM = "campaign/unit-form";

	private final CampaignQueries queries;
	private final ParticipantService participants;

	ParticipantController(CampaignQueries queries, ParticipantService participants) {
		this.queries = queries;
		this.participants = participants;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		ParticipantsPage page = queries.participants(user, campaignId);
		CampaignPages.header(model, page.campaign(), "units", page.actions());
		model.addAttribute("participants", page.participants());
		model.addAttribute("missing", page.missing());
		return "campaign/units";
	}

	@PostMapping("/add-missing")
	@StandingOffice
	String addMissing(@PathVariable Long campaignId, CurrentUser user, RedirectAttributes redirect) {
		Forms.attempt(redirect, () -> Flash.success(redirect, "participant.addedMissing",
				participants.addMissingMembers(user, campaignId)));
		return list(campaignId);
	}

	/** The add form; when every active member unit takes part already, it says so instead. */
	@GetMapping("/new")
	@StandingOffice
	String newParticipant(@PathVariable Long campaignId, CurrentUser user, Model model, RedirectAttributes redirect) {
		List<UnitSummary> candidates = participants.candidates(user, campaignId);
		if (candidates.isEmpty()) {
			Flash.warning(redirect, "participant.noCandidates");
			return list(campaignId);
		}
		model.addAttribute("form", ParticipantForm.empty());
		model.addAttribute("candidates", candidates);
		return form(model, user, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") ParticipantForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> participants.add(user, campaignId, form.unitId(), form.toCommand()))) {
			Flash.success(redirect, "participant.added");
			return list(campaignId);
		}
		model.addAttribute("candidates", participants.candidates(user, campaignId));
		return form(model, user, campaignId, null);
	}

	@GetMapping("/{participantId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long participantId, CurrentUser user, Model model) {
		ParticipantView participant = participants.get(user, campaignId, participantId);
		model.addAttribute("form", ParticipantForm.of(participant));
		return form(model, user, campaignId, participant);
	}

	@PostMapping("/{participantId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long participantId,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		boolean saved = Forms.attempt(result,
				() -> participants.update(user, campaignId, participantId, form.version(), form.toCommand()));
		ParticipantView participant = participants.get(user, campaignId, participantId);
		if (saved) {
			Flash.success(redirect, "participant.updated", participant.unitName());
			return list(campaignId);
		}
		return form(model, user, campaignId, participant);
	}

	@PostMapping("/{participantId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long participantId, CurrentUser user,
			RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> participants.remove(user, campaignId, participantId))) {
			Flash.success(redirect, "participant.removed");
		}
		return list(campaignId);
	}

	private String form(Model model, CurrentUser user, Long campaignId, ParticipantView participant) {
		model.addAttribute("campaign", queries.setupHeader(user, campaignId));
		model.addAttribute("participant", participant);
		return FORM;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/units";
	}
}
