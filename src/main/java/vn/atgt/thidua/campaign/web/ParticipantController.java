package vn.atgt.thidua.campaign.web;

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

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.security.StandingOffice;

/** {@code /campaigns/{id}/units}: the units that take part in the campaign and their persons in charge. */
@Controller
@RequestMapping("/campaigns/{campaignId}/units")
class ParticipantController {

	private static final String FORM = "campaign/unit-form";

	private final CampaignService campaigns;
	private final ParticipantService participants;

	ParticipantController(CampaignService campaigns, ParticipantService participants) {
		this.campaigns = campaigns;
		this.participants = participants;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		CampaignPages.header(model, campaigns.get(campaignId), "units", user);
		model.addAttribute("participants", campaigns.participants(campaignId));
		model.addAttribute("missing", participants.candidates(campaignId).size());
		return "campaign/units";
	}

	@PostMapping("/add-missing")
	@StandingOffice
	String addMissing(@PathVariable Long campaignId, RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "participant.addedMissing", participants.addMissingMembers(campaignId));
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	@GetMapping("/new")
	@StandingOffice
	String newParticipant(@PathVariable Long campaignId, Model model, RedirectAttributes redirect) {
		if (participants.candidates(campaignId).isEmpty()) {
			Flash.warning(redirect, "participant.noCandidates");
			return list(campaignId);
		}
		model.addAttribute("form", ParticipantForm.empty());
		return form(model, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") ParticipantForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, campaignId, null);
		}
		try {
			participants.add(campaignId, form.unitId(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, null);
		}
		Flash.success(redirect, "participant.added");
		return list(campaignId);
	}

	@GetMapping("/{participantId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long participantId, Model model) {
		ParticipantView participant = participants.get(campaignId, participantId);
		model.addAttribute("form", ParticipantForm.of(participant));
		return form(model, campaignId, participant);
	}

	@PostMapping("/{participantId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long participantId,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ParticipantView participant = participants.get(campaignId, participantId);
		if (result.hasErrors()) {
			return form(model, campaignId, participant);
		}
		try {
			participants.update(campaignId, participantId, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, participant);
		}
		Flash.success(redirect, "participant.updated", participant.unitName());
		return list(campaignId);
	}

	@PostMapping("/{participantId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long participantId, RedirectAttributes redirect) {
		try {
			participants.remove(campaignId, participantId);
			Flash.success(redirect, "participant.removed");
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	private String form(Model model, Long campaignId, ParticipantView participant) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("participant", participant);
		if (participant == null) {
			model.addAttribute("candidates", participants.candidates(campaignId));
		}
		return FORM;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/units";
	}
}
