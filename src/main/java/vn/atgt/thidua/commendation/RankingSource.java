package vn.atgt.thidua.commendation;

import java.util.List;

/**
 * The extension point for suggestions from the ranking of the score table (issue 15, being built in parallel): when
 * the scoring module exists, it provides a bean answering the campaign's final ranking, best first, and the
 * suggestions list its top units beside the recognised exemplars. Until then {@link #NONE} answers nothing and the
 * suggestions come from the recognised exemplars alone.
 */
@FunctionalInterface
public interface RankingSource {

	RankingSource NONE = campaignId -> List.of();

	/** The campaign's final ranking, best first (empty while no score table is final). */
	List<RankedUnit> ranking(Long campaignId);

	/** A unit's place in the final ranking: rank, score and grade as the score table states them. */
	record RankedUnit(Long unitId, int rank, String score, String grade) {
	}
}
