package vn.atgt.thidua.submission;

import vn.atgt.thidua.common.i18n.Labelled;

/** What a child committee sends upward. */
public enum SubmissionKind implements Labelled {
	/** The finalised year-end report (báo cáo tổng kết): its DOCX and the XLSX of its annex tables. */
	YEAR_END_REPORT,
	/** The commendation dossier for one deciding level: the cover list, tờ trình, biên bản, reports, evidence. */
	COMMENDATION_DOSSIER;

	@Override
	public String messageKey() {
		return "submission.kind." + name();
	}
}
