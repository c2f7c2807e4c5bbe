package vn.atgt.thidua.scoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.commendation.RankingSource;
import vn.atgt.thidua.common.format.Formats;

/**
 * The commendation module's suggested nominees from the ranking ({@link RankingSource}): the units whose score is the
 * final result confirmed by the leadership, best first, numbered among themselves (a unit ranked only on the office's
 * reviewed score is not a nominee yet), with their total and grade. The commendation module asks only for the office
 * of a campaign it has already checked, so the ranking is read without a user here.
 */
@Component
class CommendationRanking implements RankingSource {

	private final ScoringQueries queries;
	private final MessageSource messages;
	private final Formats formats;

	CommendationRanking(ScoringQueries queries, MessageSource messages, Formats formats) {
		this.queries = queries;
		this.messages = messages;
		this.formats = formats;
	}

	@Override
	public List<RankedUnit> ranking(Long campaignId) {
		List<RankedUnit> ranked = new ArrayList<>();
		for (RankingPage.Row row : queries.ranking(campaignId).ranked()) {
			if (row.official()) {
				String score = messages.getMessage("scoring.ranked.score",
						new Object[] { formats.number(row.breakdown().total()) }, LocaleContextHolder.getLocale());
				ranked.add(new RankedUnit(row.unitId(), ranked.size() + 1, score,
						row.grade() == null ? null : row.grade().name()));
			}
		}
		return ranked;
	}
}
