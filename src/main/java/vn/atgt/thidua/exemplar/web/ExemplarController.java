package vn.atgt.thidua.exemplar.web;

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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.exemplar.ExemplarFilter;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarQueries;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.ExemplarStatus;

/**
 * {@code /campaigns/{id}/exemplars}: the list (every unit's for the office, the unit's own for a unit user), the form
 * that adds or edits one, and an exemplar's page with its workflow (propose; recognise or return; publishable).
 * Replications and photos are {@link ExemplarPartsController}'s.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/exemplars")
class ExemplarController {

	static final int PAGE_SIZE = 20;

	private final ExemplarService exemplars;
	private final ExemplarQueries queries;

	ExemplarController(ExemplarService exemplars, ExemplarQueries queries) {
		this.exemplars = exemplars;
		this.queries = queries;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, @RequestParam(required = false) ExemplarStatus status,
			@RequestParam(required = false) ExemplarKind kind, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			CurrentUser user, Model model) {
		ExemplarFilter filter = new ExemplarFilter(status, kind);
		return ExemplarPages.list(model, queries.listPage(user, campaignId, filter, pageable), filter);
	}

	@GetMapping("/new")
	String newExemplar(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("form", ExemplarForm.empty());
		return ExemplarPages.form(model, queries.formPage(user, campaignId, null));
	}

	@PostMapping
	String create(@PathVariable Long campaignId, @Valid @ModelAttribute("form") ExemplarForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<Long> id = Forms.attemptReturning(result,
				() -> exemplars.create(user, campaignId, form.toCommand()));
		if (id.isPresent()) {
			Flash.success(redirect, "exemplar.created", form.title());
			return ExemplarPages.view(campaignId, id.get());
		}
		return ExemplarPages.form(model, queries.formPage(user, campaignId, null));
	}

	@GetMapping("/{exemplarId}")
	String show(@PathVariable Long campaignId, @PathVariable Long exemplarId, CurrentUser user, Model model) {
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@GetMapping("/{exemplarId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long exemplarId, CurrentUser user, Model model) {
		var page = queries.formPage(user, campaignId, exemplarId);
		model.addAttribute("form", ExemplarForm.of(page.details(), page.version()));
		return ExemplarPages.form(model, page);
	}

	@PostMapping("/{exemplarId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("form") ExemplarForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> exemplars.update(user, campaignId, exemplarId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "exemplar.updated", form.title());
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.form(model, queries.formPage(user, campaignId, exemplarId));
	}

	@PostMapping("/{exemplarId}/propose")
	String propose(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> exemplars.propose(user, campaignId, exemplarId, form.version()))) {
			Flash.success(redirect, "exemplar.proposed");
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@PostMapping("/{exemplarId}/recognise")
	String recognise(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> exemplars.recognise(user, campaignId, exemplarId, form.version(),
				form.publish()))) {
			Flash.success(redirect, "exemplar.recognised");
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@PostMapping("/{exemplarId}/publishable")
	String publishable(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> exemplars.setPublishable(user, campaignId, exemplarId, form.version(),
				form.publish()))) {
			Flash.success(redirect, form.publish() ? "exemplar.published" : "exemplar.unpublished");
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@PostMapping("/{exemplarId}/return")
	String returnExemplar(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("returnForm") ReasonForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> exemplars.returnWith(user, campaignId, exemplarId, form.version(), form.reason()))) {
			Flash.success(redirect, "exemplar.returned");
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}
}
