package vn.atgt.thidua.commendation.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalFormPage;
import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.commendation.ProposalService;
import vn.atgt.thidua.commendation.ProposalStatus;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/commendations}: the list of proposals (with the fairness figures, quota warnings and
 * suggestions for the office), the form that prepares or edits a proposal, a proposal's page. The workflow's steps are
 * {@link ProposalStepController}'s, the voting meeting {@link MeetingController}'s.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/commendations")
class ProposalController {

	static final int PAGE_SIZE = 50;

	private final ProposalService proposals;
	private final ProposalQueries queries;

	ProposalController(ProposalService proposals, ProposalQueries queries) {
		this.proposals = proposals;
		this.queries = queries;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, @RequestParam(required = false) ProposalStatus status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		return ProposalPages.list(model, queries.listPage(user, campaignId, status, pageable), status);
	}

	/** The form; choosing the unit, the kind or the decision date reloads it with the forms and exemplars they offer. */
	@GetMapping("/new")
	String newProposal(@PathVariable Long campaignId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate plannedDecisionOn,
			@RequestParam(required = false) NomineeKind kind, CurrentUser user, Model model) {
		ProposalFormPage page = queries.formPage(user, campaignId, null, unitId, plannedDecisionOn, kind);
		Long unit = unitId != null ? unitId : page.units().size() == 1 ? page.units().get(0).id() : null;
		model.addAttribute("form", ProposalForm.empty(unit, page.decisionDate(), kind));
		return ProposalPages.form(model, page);
	}

	@PostMapping
	String create(@PathVariable Long campaignId, @Valid @ModelAttribute("form") ProposalForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<Long> id = Forms.attemptReturning(result, () -> proposals.create(user, campaignId, form.toCommand()));
		if (id.isPresent()) {
			Flash.success(redirect, "proposal.created", form.nomineeName());
			return ProposalPages.view(campaignId, id.get());
		}
		return ProposalPages.form(model, queries.formPage(user, campaignId, null, form.unitId(),
				form.plannedDecisionOn(), form.kind()));
	}

	@GetMapping("/{proposalId}")
	String show(@PathVariable Long campaignId, @PathVariable Long proposalId, CurrentUser user, Model model) {
		return ProposalPages.show(model, queries.page(user, campaignId, proposalId));
	}

	@GetMapping("/{proposalId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long proposalId, CurrentUser user, Model model) {
		ProposalFormPage page = queries.formPage(user, campaignId, proposalId, null, null, null);
		model.addAttribute("form", ProposalForm.of(page.details(), page.version()));
		return ProposalPages.form(model, page);
	}

	@PostMapping("/{proposalId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long proposalId,
			@Valid @ModelAttribute("form") ProposalForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> proposals.update(user, campaignId, proposalId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "proposal.updated", form.nomineeName());
			return ProposalPages.view(campaignId, proposalId);
		}
		return ProposalPages.form(model, queries.formPage(user, campaignId, proposalId, null, null, null));
	}
}
