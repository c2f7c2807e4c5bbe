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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.scoring.ScoreTablePage;
import vn.atgt.thidua.scoring.ScoreTableService;
import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.scoring.ScoringQueries;

/**
 * {@code /campaigns/{id}/score-table}: the score table, read by the office, leaders and the units taking part; the
 * office sets its figures, adds exclusion conditions and grades on the page itself, and its lines on their own form
 * ({@link CriterionController}).
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/score-table")
class ScoreTableController {

	private static final String PAGE = "scoring/table";
	private static final String SETTINGS = "scoring/settings-form";

	private final ScoringQueries queries;
	private final ScoreTableService tables;

	ScoreTableController(ScoringQueries queries, ScoreTableService tables) {
		this.queries = queries;
		this.tables = tables;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, CurrentUser user, Model model) {
		return page(model, queries.tablePage(user, campaignId));
	}

	@GetMapping("/settings")
	@StandingOffice
	String settingsForm(@PathVariable Long campaignId, CurrentUser user, Model model) {
		ScoreTablePage page = queries.tablePage(user, campaignId);
		model.addAttribute("form", page.table() == null ? TableSettingsForm.empty() : TableSettingsForm.of(page.table()));
		return settings(model, page);
	}

	@PostMapping("/settings")
	@StandingOffice
	String saveSettings(@PathVariable Long campaignId, @Valid @ModelAttribute("form") TableSettingsForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		ScoreTablePage page = queries.tablePage(user, campaignId);
		if (Forms.attempt(result, () -> save(user, campaignId, page.table(), form))) {
			Flash.success(redirect, "scoring.table.saved");
			return ScoringPages.table(campaignId);
		}
		return settings(model, page);
	}

	@PostMapping("/copy")
	@StandingOffice
	String copy(@PathVariable Long campaignId, @RequestParam(required = false) Long sourceId, CurrentUser user,
			RedirectAttributes redirect) {
		if (sourceId == null) {
			Flash.danger(redirect, "scoring.copy.choose");
		}
		else if (Forms.attempt(redirect, () -> tables.copyFrom(user, campaignId, sourceId))) {
			Flash.success(redirect, "scoring.copy.done");
		}
		return ScoringPages.table(campaignId);
	}

	@PostMapping("/exclusions")
	@StandingOffice
	String addExclusion(@PathVariable Long campaignId, @Valid @ModelAttribute("exclusionForm") ExclusionForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> tables.addExclusion(user, campaignId, form.version(), form.text()))) {
			Flash.success(redirect, "scoring.exclusion.added");
			return ScoringPages.table(campaignId);
		}
		return page(model, queries.tablePage(user, campaignId));
	}

	@PostMapping("/exclusions/{exclusionId}/delete")
	@StandingOffice
	String removeExclusion(@PathVariable Long campaignId, @PathVariable Long exclusionId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> tables.removeExclusion(user, campaignId, exclusionId, version))) {
			Flash.success(redirect, "scoring.exclusion.removed");
		}
		return ScoringPages.table(campaignId);
	}

	@PostMapping("/grades")
	@StandingOffice
	String addGrade(@PathVariable Long campaignId, @Valid @ModelAttribute("gradeForm") GradeForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> tables.addGrade(user, campaignId, form.version(), form.name(),
				Numbers.parse("minPoints", form.minPoints())))) {
			Flash.success(redirect, "scoring.grade.added", form.name());
			return ScoringPages.table(campaignId);
		}
		return page(model, queries.tablePage(user, campaignId));
	}

	@PostMapping("/grades/{gradeId}/delete")
	@StandingOffice
	String removeGrade(@PathVariable Long campaignId, @PathVariable Long gradeId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> tables.removeGrade(user, campaignId, gradeId, version))) {
			Flash.success(redirect, "scoring.grade.removed");
		}
		return ScoringPages.table(campaignId);
	}

	private void save(CurrentUser user, Long campaignId, ScoreTableView table, TableSettingsForm form) {
		if (table == null) {
			tables.create(user, campaignId, form.toSettings());
		}
		else {
			tables.configure(user, campaignId, form.version(), form.toSettings());
		}
	}

	private String page(Model model, ScoreTablePage page) {
		ScoringPages.header(model, page.campaign());
		model.addAttribute("page", page);
		long version = page.table() == null ? 0 : page.table().version();
		if (!model.containsAttribute("exclusionForm")) {
			model.addAttribute("exclusionForm", ExclusionForm.empty(version));
		}
		if (!model.containsAttribute("gradeForm")) {
			model.addAttribute("gradeForm", GradeForm.empty(version));
		}
		return PAGE;
	}

	private String settings(Model model, ScoreTablePage page) {
		ScoringPages.header(model, page.campaign());
		model.addAttribute("page", page);
		return SETTINGS;
	}
}
