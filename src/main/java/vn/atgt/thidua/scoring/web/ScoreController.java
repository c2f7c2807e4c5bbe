package vn.atgt.thidua.scoring.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.scoring.ScoreSheetPage;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.scoring.ScoringService;

/**
 * {@code /scores/{id}}: a unit's score with its three columns (the unit's points, the office's reviewed points, what
 * counts). The unit's officers and head save it, the head submits it; the office saves its review, returns with a
 * reason, accepts, reopens, and records or lifts an exclusion. Every form comes back with its errors beside its fields.
 */
@Controller
class ScoreController {

	private static final String PAGE = "scoring/score";

	private final ScoringQueries queries;
	private final ScoringService scores;

	ScoreController(ScoringQueries queries, ScoringService scores) {
		this.queries = queries;
		this.scores = scores;
	}

	@PostMapping("/campaigns/{campaignId}/scores/start")
	String start(@PathVariable Long campaignId, CurrentUser user, RedirectAttributes redirect) {
		Long[] id = new Long[1];
		if (Forms.attempt(redirect, () -> id[0] = scores.start(user, campaignId))) {
			return ScoringPages.score(id[0]);
		}
		return ScoringPages.table(campaignId);
	}

	@GetMapping("/scores/{scoreId}")
	String page(@PathVariable Long scoreId, CurrentUser user, Model model) {
		return page(model, queries.scorePage(user, scoreId));
	}

	@PostMapping("/scores/{scoreId}")
	String save(@PathVariable Long scoreId, @Valid @ModelAttribute("form") ScoreForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.save(user, scoreId, form.version(), form.input()),
				"scoring.score.saved", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/submit")
	String submit(@PathVariable Long scoreId, @Valid @ModelAttribute("form") ScoreForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.submit(user, scoreId, form.version(), form.input()),
				"scoring.score.submitted", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/review")
	@StandingOffice
	String review(@PathVariable Long scoreId, @Valid @ModelAttribute("reviewForm") ScoreForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.review(user, scoreId, form.version(), form.input()),
				"scoring.score.reviewed", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/accept")
	@StandingOffice
	String accept(@PathVariable Long scoreId, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> scores.accept(user, scoreId, version))) {
			Flash.success(redirect, "scoring.score.accepted");
		}
		return ScoringPages.score(scoreId);
	}

	@PostMapping("/scores/{scoreId}/return")
	@StandingOffice
	String returnForChanges(@PathVariable Long scoreId, @Valid @ModelAttribute("returnForm") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.returnForChanges(user, scoreId, form.version(), form.reason()),
				"scoring.score.returned", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/reopen")
	@StandingOffice
	String reopen(@PathVariable Long scoreId, @Valid @ModelAttribute("reopenForm") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.reopen(user, scoreId, form.version(), form.reason()),
				"scoring.score.reopened", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/exclude")
	@StandingOffice
	String exclude(@PathVariable Long scoreId, @Valid @ModelAttribute("excludeForm") ExcludeForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.exclude(user, scoreId, form.version(), form.exclusionId(),
				form.note()), "scoring.exclusion.recorded", scoreId, user, model, redirect);
	}

	@PostMapping("/scores/{scoreId}/include")
	@StandingOffice
	String include(@PathVariable Long scoreId, @Valid @ModelAttribute("includeForm") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return afterForm(result, () -> scores.include(user, scoreId, form.version(), form.reason()),
				"scoring.exclusion.lifted", scoreId, user, model, redirect);
	}

	/**
	 * After a form of the score page: back to the page with the message when the change was made, else the page again
	 * with the form's errors (nothing written).
	 */
	private String afterForm(BindingResult result, Runnable change, String message, Long scoreId, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, change)) {
			Flash.success(redirect, message);
			return ScoringPages.score(scoreId);
		}
		return page(model, queries.scorePage(user, scoreId));
	}

	/** The page with every form it offers: those posted keep what was typed and their errors. */
	String page(Model model, ScoreSheetPage page) {
		ScoringPages.header(model, page.campaign());
		model.addAttribute("page", page);
		long version = page.score().version();
		model.addAttribute("form", model.containsAttribute("form") ? model.getAttribute("form")
				: ScoreForm.self(page.score()));
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ScoreForm.review(page.score()));
		}
		if (!model.containsAttribute("finalForm")) {
			model.addAttribute("finalForm", FinalForm.of(page.score()));
		}
		for (String reason : new String[] { "returnForm", "reopenForm", "includeForm", "reopenFinalForm" }) {
			if (!model.containsAttribute(reason)) {
				model.addAttribute(reason, ReasonForm.empty(version));
			}
		}
		if (!model.containsAttribute("excludeForm")) {
			model.addAttribute("excludeForm", ExcludeForm.empty(version));
		}
		return PAGE;
	}
}
