package vn.atgt.thidua.commendation;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The parts of a dossier (hồ sơ đề nghị khen thưởng, Luật Thi đua, khen thưởng 2022 Điều 84): the submission with the
 * nominee list (tờ trình kèm danh sách), an achievement report per nominee (báo cáo thành tích), the minutes of the
 * voting meeting (biên bản họp xét), the certification of initiatives where a title needs it, and evidence a province
 * may add.
 */
public enum DossierPart implements Labelled {
	SUBMISSION, ACHIEVEMENT_REPORT, MEETING_MINUTES, INITIATIVE_CERTIFICATE, EVIDENCE;

	@Override
	public String messageKey() {
		return "award.part." + name();
	}
}
