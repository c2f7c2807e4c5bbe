package vn.atgt.thidua.commendation.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.commendation.DossierPart;
import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalFormPage;
import vn.atgt.thidua.commendation.ProposalListPage;
import vn.atgt.thidua.commendation.ProposalPage;
import vn.atgt.thidua.commendation.ProposalStatus;

/** What the proposal pages put in the model, and where their handlers go next. */
final class ProposalPages {

	static final String TAB = "commendations";

	private ProposalPages() {
	}

	static String list(Model model, ProposalListPage page, ProposalStatus status) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("page", page);
		model.addAttribute("proposals", page.proposals());
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		return "commendation/list";
	}

	static String form(Model model, ProposalFormPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("page", page);
		model.addAttribute("kinds", NomineeKind.values());
		model.addAttribute("genders", Gender.values());
		return "commendation/form";
	}

	static String show(Model model, ProposalPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("proposal", page.proposal());
		model.addAttribute("actions", page.actions());
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.of(page.proposal().version()));
		}
		if (!model.containsAttribute("fileForm")) {
			model.addAttribute("fileForm", new ProposalFileForm(null, null, page.proposal().version()));
		}
		model.addAttribute("attachable", new DossierPart[] { DossierPart.ACHIEVEMENT_REPORT,
				DossierPart.INITIATIVE_CERTIFICATE, DossierPart.EVIDENCE });
		return "commendation/view";
	}

	static String view(Long campaignId, Long proposalId) {
		return "redirect:/campaigns/" + campaignId + "/commendations/" + proposalId;
	}
}
