package vn.atgt.thidua.scoring.web;

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

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.scoring.CriterionKind;
import vn.atgt.thidua.scoring.ScoreTableService;
import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.scoring.SuggestionRule;

/** {@code /campaigns/{id}/score-table/criteria}: the office adds, edits and removes the lines of the score table. */
@Controller
@StandingOffice
@RequestMapping("/campaigns/{campaignId}/score-table/criteria")
class CriterionController {

	private static final String FORM = "scoring/criterion-form";

	private final ScoringQueries queries;
	private final ScoreTableService tables;

	CriterionController(ScoringQueries queries, ScoreTableService tables) {
		this.queries = queries;
		this.tables = tables;
	}

	@GetMapping("/new")
	String newCriterion(@PathVariable Long campaignId, CurrentUser user, Model model) {
		ScoreTableView table = queries.tableToEdit(user, campaignId);
		model.addAttribute("form", CriterionForm.empty(table.version()));
		return form(model, user, campaignId, null);
	}

	@PostMapping
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") CriterionForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> tables.addCriterion(user, campaignId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "scoring.criterion.added", form.number());
			return ScoringPages.table(campaignId);
		}
		return form(model, user, campaignId, null);
	}

	@GetMapping("/{criterionId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long criterionId, CurrentUser user, Model model) {
		ScoreTableView table = queries.tableToEdit(user, campaignId);
		model.addAttribute("form", CriterionForm.of(table.criterion(criterionId)
			.orElseThrow(() -> new NotFoundException("criterion", criterionId)), table.version()));
		return form(model, user, campaignId, criterionId);
	}

	@PostMapping("/{criterionId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long criterionId,
			@Valid @ModelAttribute("form") CriterionForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> tables.updateCriterion(user, campaignId, criterionId, form.version(),
				form.toCommand()))) {
			Flash.success(redirect, "scoring.criterion.updated", form.number());
			return ScoringPages.table(campaignId);
		}
		return form(model, user, campaignId, criterionId);
	}

	@PostMapping("/{criterionId}/delete")
	String remove(@PathVariable Long campaignId, @PathVariable Long criterionId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> tables.removeCriterion(user, campaignId, criterionId, version))) {
			Flash.success(redirect, "scoring.criterion.removed");
		}
		return ScoringPages.table(campaignId);
	}

	private String form(Model model, CurrentUser user, Long campaignId, Long criterionId) {
		ScoringPages.header(model, queries.campaign(user, campaignId));
		queries.tableToEdit(user, campaignId);
		model.addAttribute("criterionId", criterionId);
		model.addAttribute("kinds", CriterionKind.values());
		model.addAttribute("rules", SuggestionRule.values());
		model.addAttribute("taskAreas", queries.taskAreas(user, campaignId));
		return FORM;
	}
}
