package vn.atgt.thidua.commendation.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.commendation.ProposalService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/commendations/{pid}/<step>}: the steps of a proposal's workflow. A refused step shows the
 * proposal's page again with the reason beside the field or at the top of the step's form.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/commendations/{proposalId}")
class ProposalStepController {

	private final ProposalService proposals;
	private final ProposalQueries queries;

	ProposalStepController(ProposalService proposals, ProposalQueries queries) {
		this.proposals = proposals;
		this.queries = queries;
	}

	@PostMapping("/{step:submit|accept|return|publish|approve|reject|forward|decide|not-awarded}")
	String step(@PathVariable Long campaignId, @PathVariable Long proposalId, @PathVariable String step,
			@Valid @ModelAttribute("stepForm") StepForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> run(user, campaignId, proposalId, step, form))) {
			Flash.success(redirect, "proposal.step." + step);
			return ProposalPages.view(campaignId, proposalId);
		}
		return ProposalPages.show(model, queries.page(user, campaignId, proposalId));
	}

	private void run(CurrentUser user, Long campaignId, Long id, String step, StepForm f) {
		long v = f.version();
		switch (step) {
			case "submit" -> proposals.submit(user, campaignId, id, v);
			case "accept" -> proposals.accept(user, campaignId, id, v);
			case "return" -> proposals.returnWith(user, campaignId, id, v, f.reason());
			case "publish" -> proposals.publish(user, campaignId, id, v);
			case "approve" -> proposals.approve(user, campaignId, id, v);
			case "reject" -> proposals.reject(user, campaignId, id, v, f.reason());
			case "forward" -> proposals.forward(user, campaignId, id, v);
			case "decide" -> proposals.decide(user, campaignId, id, v, required(f.decisionNumber(), "decisionNumber"),
					requiredDate(f), required(f.decisionIssuer(), "decisionIssuer"));
			case "not-awarded" -> proposals.notAwarded(user, campaignId, id, v, f.reason());
			default -> throw new DomainException("proposal.wrongStatus");
		}
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new FieldException(field, "validation.required");
		}
		return value;
	}

	private static java.time.LocalDate requiredDate(StepForm f) {
		if (f.decidedOn() == null) {
			throw new FieldException("decidedOn", "validation.required");
		}
		return f.decidedOn();
	}
}
