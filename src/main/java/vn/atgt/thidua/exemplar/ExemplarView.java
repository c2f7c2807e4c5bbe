package vn.atgt.thidua.exemplar;

import java.util.List;

/** One exemplar with all its page shows: details, status, replications, photos, history. */
public record ExemplarView(Long id, Long campaignId, Long unitId, String unitName, ExemplarCommand details,
		ExemplarStatus status, String returnReason, boolean publishable, boolean sample, long version,
		List<ReplicationRow> replications, List<PhotoRow> photos, List<ExemplarHistoryRow> history) {

	/** The number of replications recorded: the count the office and the score table read. */
	public int replicationCount() {
		return replications.size();
	}
}
