package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.commendation.BasisWarning;
import vn.atgt.thidua.commendation.DossierPack;
import vn.atgt.thidua.commendation.Fairness;
import vn.atgt.thidua.commendation.QuotaWarning;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The cover list of the dossier (danh mục hồ sơ đề nghị khen thưởng): for the deciding level, every document in the
 * ZIP with its file, then the fairness figures, the parts still missing and the warnings the office should weigh
 * before sending (units over the quota, công trạng awards grounded only on chuyên đề ones), signed like the tờ trình.
 */
final class DossierCoverList {

	static final String FILE_NAME = "00-Danh-muc-ho-so.docx";

	private final DossierPack pack;
	private final CommitteeView committee;
	private final List<DossierArchive.Entry> entries;
	private final List<String> missing;

	DossierCoverList(DossierPack pack, CommitteeView committee, List<DossierArchive.Entry> entries,
			List<String> missing) {
		this.pack = pack;
		this.committee = committee;
		this.entries = entries;
		this.missing = missing;
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		draft.summary("Hồ sơ đề nghị khen thưởng " + UrgingLetter.lowerFirst(pack.dossier().campaign().title()));
		draft.paragraph("Kính gửi: " + pack.decider() + ".");
		draft.paragraph("Hồ sơ gồm " + entries.size() + " tài liệu, cho " + pack.nominees().size()
				+ " tập thể, cá nhân được đề nghị khen thưởng:");
		Block.Table table = Block.Table.of(Block.Table.Column.number("STT"),
				Block.Table.Column.text("Tài liệu", 6), Block.Table.Column.text("Tệp trong hồ sơ", 5));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (DossierArchive.Entry e : entries) {
			rows.add(List.of(Integer.toString(++n), e.description(), e.path()));
		}
		draft.table(table.withRows(rows));
		Fairness f = pack.dossier().fairness();
		if (f.approved() > 0) {
			draft.paragraph("Trong số " + f.approved() + " cá nhân được đề nghị, có " + f.approvedFrontLine()
					+ " người lao động trực tiếp (" + VietnameseNumbers.format(f.approvedFrontLineShare()) + "%) và "
					+ f.approvedWomen() + " nữ (" + VietnameseNumbers.format(f.approvedWomenShare()) + "%).");
		}
		if (!missing.isEmpty() || !pack.quotaWarnings().isEmpty() || !pack.basisWarnings().isEmpty()) {
			draft.heading("Lưu ý");
			missing.forEach(draft::bullet);
			for (QuotaWarning w : pack.quotaWarnings()) {
				draft.bullet(w.unitName() + " đề nghị " + w.proposals() + " trường hợp, vượt định mức " + w.quota()
						+ " trường hợp mỗi đơn vị.");
			}
			for (BasisWarning w : pack.basisWarnings()) {
				draft.bullet(w.nomineeName() + " (" + w.unitName() + ") được đề nghị " + w.awardFormName()
						+ " chỉ căn cứ khen thưởng theo chuyên đề; khen thưởng chuyên đề không là căn cứ khen thưởng công trạng.");
			}
		}
		return draft.recipients(List.of(CommitteeDocuments.ARCHIVE)).build();
	}
}
