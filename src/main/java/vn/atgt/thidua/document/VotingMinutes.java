package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.commendation.Dossier;
import vn.atgt.thidua.commendation.DossierEntry;
import vn.atgt.thidua.commendation.MeetingView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The minutes of the voting meeting (biên bản họp xét khen thưởng), Nghị định 30/2020 layout: when, who chaired, who
 * kept the minutes, members present out of the total, the threshold, and for each nominee the votes in favour, the
 * share of the members present and whether it passes; signed by the chair, the secretary named in the body.
 */
final class VotingMinutes {

	static final String FILE_NAME = "Bien-ban-hop-xet-khen-thuong.docx";

	private final Dossier dossier;
	private final CommitteeView committee;

	VotingMinutes(Dossier dossier, CommitteeView committee) {
		this.dossier = dossier;
		this.committee = committee;
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		MeetingView m = dossier.meeting();
		draft.summary("Họp xét đề nghị khen thưởng " + UrgingLetter.lowerFirst(dossier.campaign().title()));
		draft.dated(m.heldOn());
		draft.paragraph("Hôm nay, ngày " + Formats.DATE.format(m.heldOn()) + ", " + committee.name()
				+ " họp xét đề nghị khen thưởng tập thể, cá nhân có thành tích trong phong trào.");
		draft.paragraph("Chủ trì: " + m.chair() + ". Thư ký: " + m.secretary() + ".");
		draft.paragraph("Thành viên có mặt: " + m.membersPresent() + "/" + m.membersTotal() + " thành viên. Ngưỡng đồng ý: "
				+ VietnameseNumbers.format(m.voteThreshold()) + "% số thành viên có mặt.");
		draft.paragraph("Kết quả bỏ phiếu như sau:");
		draft.table(votes(m));
		draft.paragraph("Cuộc họp kết thúc cùng ngày; biên bản đã được thông qua trước các thành viên dự họp./.");
		return draft.signature(new Signature(List.of("CHỦ TRÌ"), null, m.chair())).recipients(List.of("Lưu: VT."))
			.build();
	}

	private Block.Table votes(MeetingView m) {
		Block.Table table = Block.Table.of(Block.Table.Column.number("STT"),
				Block.Table.Column.text("Họ và tên / Tên tập thể", 4), Block.Table.Column.text("Đơn vị", 3),
				Block.Table.Column.text("Hình thức khen thưởng", 3), Block.Table.Column.figure("Số phiếu đồng ý", 2),
				Block.Table.Column.figure("Tỷ lệ (%)", 2), Block.Table.Column.centred("Kết quả", 2));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (DossierEntry e : dossier.voted()) {
			Integer votes = e.proposal().votesFor();
			rows.add(List.of(Integer.toString(++n), e.proposal().nomineeName(), e.proposal().unitName(),
					e.awardForm().name(), votes + "/" + m.membersPresent(), VietnameseNumbers.format(m.share(votes)),
					m.passes(votes) ? "Đạt" : "Không đạt"));
		}
		return table.withRows(rows);
	}
}
