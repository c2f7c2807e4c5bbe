package vn.atgt.thidua.scoring.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.scoring.ScoringService;

/**
 * {@code /scores/{id}/final}: the leadership confirms an accepted score as the official result (the council's meeting
 * date and minutes, final points per criterion) and reopens a final one with a reason. {@link ScoringService} asks
 * the access policy; the forms come back with their errors on the score page.
 */
@Controller
class FinalScoreController {

	private final ScoringQueries queries;
	private final ScoringService scores;
	private final ScoreController page;

	FinalScoreController(ScoringQueries queries, ScoringService scores, ScoreController page) {
		this.queries = queries;
		this.scores = scores;
		this.page = page;
	}

	@PostMapping("/scores/{scoreId}/final")
	String confirm(@PathVariable Long scoreId, @Valid @ModelAttribute("finalForm") FinalForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> scores.confirmFinal(user, scoreId, form.version(), form.date(),
				form.minutes(), form.input()))) {
			Flash.success(redirect, "scoring.final.confirmed");
			return ScoringPages.score(scoreId);
		}
		return page.page(model, queries.scorePage(user, scoreId));
	}

	@PostMapping("/scores/{scoreId}/final/reopen")
	String reopen(@PathVariable Long scoreId, @Valid @ModelAttribute("reopenFinalForm") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> scores.reopenFinal(user, scoreId, form.version(), form.reason()))) {
			Flash.success(redirect, "scoring.final.reopened");
			return ScoringPages.score(scoreId);
		}
		return page.page(model, queries.scorePage(user, scoreId));
	}
}
