package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.AwardFormView;
import vn.atgt.thidua.commendation.Dossier;
import vn.atgt.thidua.commendation.DossierEntry;
import vn.atgt.thidua.commendation.Fairness;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The submission (tờ trình đề nghị khen thưởng) of the committee to the deciding level, in the layout of Nghị định
 * 30/2020: the basis (the law and decree in force for the award forms proposed, the campaign's plan), the voting
 * meeting, the request for so many collectives and individuals, the shares of front-line workers and women, and the
 * list (danh sách: STT, họ tên / tên tập thể, chức vụ, đơn vị, hình thức khen thưởng, thành tích tóm tắt) as its annex.
 * A Ban ATGT proposes; the addressee is the one who decides (the deciders of the forms proposed).
 */
final class CommendationSubmission {

	static final String FILE_NAME = "To-trinh-de-nghi-khen-thuong.docx";

	private final Dossier dossier;
	private final CommitteeView committee;

	CommendationSubmission(Dossier dossier, CommitteeView committee) {
		this.dossier = dossier;
		this.committee = committee;
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		CampaignView campaign = dossier.campaign();
		List<DossierEntry> approved = dossier.approved();
		Set<String> deciders = new LinkedHashSet<>();
		Set<String> bases = new LinkedHashSet<>();
		for (DossierEntry e : approved) {
			deciders.add(e.awardForm().decider());
			bases.add(e.awardForm().legalBasis());
		}
		long collectives = approved.stream().filter(e -> e.proposal().kind() == NomineeKind.COLLECTIVE).count();
		long individuals = approved.size() - collectives;
		draft.summary("Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong "
				+ UrgingLetter.lowerFirst(campaign.title()));
		draft.paragraph("Kính gửi: " + (deciders.isEmpty() ? "Cấp có thẩm quyền quyết định khen thưởng"
				: String.join("; ", deciders)) + ".");
		for (String basis : bases) {
			draft.paragraph("Căn cứ " + basis + ";");
		}
		draft.paragraph("Căn cứ Kế hoạch số " + campaign.planNumber() + " ngày " + Formats.DATE.format(campaign.planDate())
				+ " của " + committee.name() + " về " + UrgingLetter.lowerFirst(campaign.title()) + ";");
		if (dossier.meeting() != null) {
			draft.paragraph("Căn cứ kết quả họp xét khen thưởng ngày " + Formats.DATE.format(dossier.meeting().heldOn())
					+ " (" + dossier.meeting().membersPresent() + "/" + dossier.meeting().membersTotal()
					+ " thành viên có mặt),");
		}
		draft.paragraph(committee.name() + " kính trình xem xét, quyết định khen thưởng cho " + collectives
				+ " tập thể và " + individuals + " cá nhân đã có thành tích xuất sắc trong phong trào (có danh sách kèm theo).");
		Fairness f = dossier.fairness();
		if (f.approved() > 0) {
			draft.paragraph("Trong số " + f.approved() + " cá nhân được đề nghị, có " + f.approvedFrontLine()
					+ " người lao động trực tiếp (" + VietnameseNumbers.format(f.approvedFrontLineShare()) + "%) và "
					+ f.approvedWomen() + " nữ (" + VietnameseNumbers.format(f.approvedWomenShare()) + "%).");
		}
		draft.paragraph("Kính trình xem xét, quyết định./.");
		draft.annex(new Annex("DANH SÁCH", "TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG",
				"(Kèm theo Tờ trình của " + committee.name() + ")", List.of(list(approved))));
		return draft.build();
	}

	static Block.Table list(List<DossierEntry> entries) {
		Block.Table table = Block.Table.of(Block.Table.Column.number("STT"),
				Block.Table.Column.text("Họ và tên / Tên tập thể", 4), Block.Table.Column.text("Chức vụ", 3),
				Block.Table.Column.text("Đơn vị", 3), Block.Table.Column.text("Hình thức khen thưởng", 3),
				Block.Table.Column.text("Thành tích tóm tắt", 5));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (DossierEntry e : entries) {
			AwardFormView form = e.awardForm();
			rows.add(List.of(Integer.toString(++n), e.proposal().nomineeName(),
					e.proposal().position() == null ? "" : e.proposal().position(), e.proposal().unitName(),
					form.name(), e.proposal().achievements()));
		}
		return table.withRows(rows);
	}
}
