package vn.atgt.thidua.summary;

import vn.atgt.thidua.summary.internal.SummaryReport;

/** Reads an entity into the view pages and documents use. */
final class SummaryViews {

	private SummaryViews() {
	}

	static SummaryView of(SummaryReport r) {
		return new SummaryView(r.getId(), r.getCampaignId(), r.getKind(), r.getFromDate(), r.getToDate(), r.getStatus(),
				r.getRefreshedAt(), r.getFinalisedAt(), r.getFinalisedByName(), r.getVersion(),
				r.getSections().stream()
					.map(s -> new SectionView(s.getKey(), s.getBody(), SectionTable.decode(s.getTableData()), s.isEdited(),
							s.isDataChanged()))
					.toList(),
				r.getHighlights(), r.getDocxKeptId(), r.getXlsxKeptId());
	}
}
