package vn.atgt.thidua.document;

import java.util.List;

import vn.atgt.thidua.commendation.DossierEntry;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalRow;

/**
 * A nominee's achievement report (báo cáo thành tích) written on the proposal's form, laid out as a report of the
 * nominee's unit for the dossier: the unit in the header, the title and the award form, who the nominee is, the
 * achievements in short, then the report's text paragraph by paragraph; signed by the nominee (an individual) or the
 * unit's head (a collective). A report the unit attached as a file goes into the dossier as it is.
 */
final class AchievementReport {

	private final DossierEntry entry;
	private final String text;

	AchievementReport(DossierEntry entry, String text) {
		this.entry = entry;
		this.text = text;
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		ProposalRow p = entry.proposal();
		boolean person = p.kind() == NomineeKind.INDIVIDUAL;
		draft.parentBody("").issuingBody(p.unitName().toUpperCase(CommitteeDocuments.VIETNAMESE));
		draft.summary("Thành tích đề nghị tặng " + entry.awardForm().name());
		draft.heading("I. THÔNG TIN CHUNG");
		draft.bullet((person ? "Họ và tên: " : "Tên tập thể: ") + p.nomineeName());
		if (p.position() != null) {
			draft.bullet("Chức vụ: " + p.position());
		}
		draft.bullet("Đơn vị: " + p.unitName());
		draft.heading("II. THÀNH TÍCH ĐẠT ĐƯỢC");
		draft.paragraph(p.achievements());
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				draft.paragraph(line.strip());
			}
		}
		return draft.recipients(List.of())
			.signature(new Signature(List.of(person ? "NGƯỜI BÁO CÁO" : "THỦ TRƯỞNG ĐƠN VỊ"), null,
					person ? p.nomineeName() : ""))
			.build();
	}
}
