package vn.atgt.thidua.scoring.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.scoring.RankingPage;
import vn.atgt.thidua.scoring.ScoreExports;
import vn.atgt.thidua.scoring.ScoreTablePage;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.unit.UnitKind;

/**
 * {@code /campaigns/{id}/scores}: the ranking for the office and leaders (filter by kind of unit) and its XLSX; a
 * unit's user is sent to her own unit's score, or to the score table when it has not started one.
 */
@Controller
class RankingController {

	private final ScoringQueries queries;
	private final ScoreExports exports;

	RankingController(ScoringQueries queries, ScoreExports exports) {
		this.queries = queries;
		this.exports = exports;
	}

	@GetMapping("/campaigns/{campaignId}/scores")
	String ranking(@PathVariable Long campaignId, @RequestParam(required = false) UnitKind kind, CurrentUser user,
			Model model) {
		if (!user.seesAllUnits()) {
			ScoreTablePage own = queries.tablePage(user, campaignId);
			return own.ownScoreId() != null ? ScoringPages.score(own.ownScoreId()) : ScoringPages.table(campaignId);
		}
		RankingPage page = queries.ranking(user, campaignId, kind);
		ScoringPages.header(model, page.campaign());
		model.addAttribute("page", page);
		return "scoring/ranking";
	}

	@GetMapping("/campaigns/{campaignId}/scores/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) UnitKind kind,
			CurrentUser user) {
		return Downloads.xlsx(exports.ranking(user, campaignId, kind), exports.rankingFileName(user, campaignId));
	}
}
