package vn.atgt.thidua.scoring;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The ranking of a campaign: the units whose score is final, or accepted after review while no final exists (each
 * row says which), ranked; those excluded, apart with the condition and
 * the note; those not yet accepted (or not started) with where they stand. {@code kind} is the filter by kind of unit
 * (null: all).
 */
public record RankingPage(CampaignView campaign, ScoreTableView table, List<Row> ranked, List<Excluded> excluded,
		List<Pending> pending, UnitKind kind, List<UnitKind> kinds, ScoringActions actions) {

	/** A ranked unit. {@code tieRule}: what placed it after the unit before it with the same total (or null);
	 * {@code official}: the points are the final score confirmed by the leadership (else the office's reviewed score). */
	public record Row(int rank, Long unitId, String unitName, UnitKind unitKind, Long scoreId, Breakdown breakdown,
			GradeView grade, boolean passes, TieRule tieRule, boolean official) {
	}

	/** A unit out of the ranking: the condition met and the office's note. */
	public record Excluded(Long unitId, String unitName, Long scoreId, String condition, String note) {
	}

	/** A unit whose score does not count yet: its status, or null when it has not started. */
	public record Pending(Long unitId, String unitName, Long scoreId, ScoreStatus status) {
	}
}
