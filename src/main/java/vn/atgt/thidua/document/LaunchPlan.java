package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The plan that launches a movement (kế hoạch phát động), laid out as the seed plan 06/KH-BATGT: the basis and the
 * committee's intent; I. purpose, requirements and participants; II. the focus task areas; III. organisation (the
 * campaign's dates, its reporting periods and due dates, the standing office's role); then the recipients and signature
 * of the committee, and the participating units as an annex, followed by the score table when the campaign has one. Every name, number, date and text comes from the campaign
 * and the committee; the joining sentences are the plan's usual wording.
 */
final class LaunchPlan {

	private final CampaignView campaign;
	private final CommitteeView committee;
	private final List<TaskAreaView> taskAreas;
	private final List<PeriodView> periods;
	private final List<ParticipantView> participants;
	private final ScoreTableView scoreTable;
	private String followed;

	/** {@code scoreTable}: the campaign's score table, annexed after the participants (null: none yet). */
	LaunchPlan(CampaignView campaign, CommitteeView committee, List<TaskAreaView> taskAreas, List<PeriodView> periods,
			List<ParticipantView> participants, ScoreTableView scoreTable) {
		this.campaign = campaign;
		this.committee = committee;
		this.taskAreas = taskAreas;
		this.periods = periods.stream().filter(p -> !p.baseline()).toList();
		this.participants = participants.stream().filter(p -> p.leftOn() == null).toList();
		this.scoreTable = scoreTable;
	}

	/**
	 * Cites the parent committee's plan that this campaign implements (issue 18 item 3), after the legal basis: "Kế
	 * hoạch số 12/KH-BATGT ngày 15/01/2025 của Ban An toàn giao thông tỉnh Lai Châu về …".
	 */
	LaunchPlan following(CampaignView parentCampaign, CommitteeView parentCommittee) {
		this.followed = "Kế hoạch số " + parentCampaign.planNumber() + " ngày "
				+ Formats.DATE.format(parentCampaign.planDate()) + " của " + parentCommittee.name() + " về "
				+ UrgingLetter.lowerFirst(parentCampaign.title());
		return this;
	}

	/** The plan's file name: "KH-" and the plan number with every run of other characters as one dash. */
	static String fileName(CampaignView campaign) {
		String number = campaign.planNumber() == null ? "" : campaign.planNumber();
		String words = number.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return (words.isEmpty() ? "KH" : "KH-" + words) + ".docx";
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		draft.number(DocumentNumber.parse(campaign.planNumber(), DocumentType.PLAN, committee.issuerCode()))
			.dated(campaign.planDate())
			.summary(campaign.title());
		basis(draft);
		purposeAndParticipants(draft);
		taskAreas(draft);
		organisation(draft);
		draft.paragraph("Căn cứ Kế hoạch này, các đơn vị tham gia phong trào triển khai thực hiện./.");
		OfficialDocument withoutAnnex = draft.build();
		// one annex is "PHỤ LỤC"; with the score table too they are numbered "PHỤ LỤC I", "PHỤ LỤC II"
		boolean both = !participants.isEmpty() && scoreTable != null;
		if (!participants.isEmpty()) {
			draft.annex(participantAnnex(withoutAnnex, both ? "PHỤ LỤC I" : "PHỤ LỤC"));
		}
		if (scoreTable != null) {
			draft.annex(ScoreTableAnnex.of(both ? "PHỤ LỤC II" : "PHỤ LỤC", scoreTable,
					"(Kèm theo " + withoutAnnex.citation() + " của " + committee.name() + ")"));
		}
		return draft.build();
	}

	private void basis(OfficialDocument.Builder draft) {
		List<String> lines = new ArrayList<>(lines(campaign.legalBasis()));
		if (followed != null) {
			lines.add(followed);
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String basis = line.regionMatches(true, 0, "Căn cứ", 0, "Căn cứ".length()) ? line : "Căn cứ " + line;
			draft.paragraph(DocxWriter.ending(basis, i == lines.size() - 1 ? "." : ";"));
		}
		draft.paragraph(committee.name() + " xây dựng Kế hoạch " + campaign.title() + " như sau:");
	}

	private void purposeAndParticipants(OfficialDocument.Builder draft) {
		List<String> purpose = lines(campaign.purpose());
		List<String> requirements = lines(campaign.requirements());
		List<String> parts = new ArrayList<>();
		if (!purpose.isEmpty()) {
			parts.add("MỤC ĐÍCH");
		}
		if (!requirements.isEmpty()) {
			parts.add("YÊU CẦU");
		}
		parts.add("ĐỐI TƯỢNG THỰC HIỆN");
		String heading = parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " VÀ " + parts.get(parts.size() - 1);
		draft.heading("I. " + heading);
		int number = 0;
		if (!purpose.isEmpty()) {
			draft.heading(++number + ". Mục đích");
			textLines(draft, purpose);
		}
		if (!requirements.isEmpty()) {
			draft.heading(++number + ". Yêu cầu");
			textLines(draft, requirements);
		}
		if (number > 0) {
			draft.heading(++number + ". Đối tượng thực hiện");
		}
		draft.paragraph(participants.isEmpty() ? "Các tập thể, cá nhân thuộc các đơn vị thành viên " + committee.name() + "."
				: "Các tập thể, cá nhân thuộc " + participants.size() + " đơn vị tham gia phong trào (danh sách tại Phụ "
						+ "lục kèm theo Kế hoạch này).");
	}

	private void taskAreas(OfficialDocument.Builder draft) {
		draft.heading("II. NỘI DUNG PHONG TRÀO THI ĐUA");
		if (campaign.theme() != null && !campaign.theme().isBlank()) {
			draft.paragraph("Các tập thể, cá nhân thi đua thực hiện chủ đề năm “" + campaign.theme().strip()
					+ "”, tập trung vào các nhiệm vụ trọng tâm sau:");
		}
		else {
			draft.paragraph("Các tập thể, cá nhân thi đua tập trung thực hiện các nhiệm vụ trọng tâm sau:");
		}
		for (TaskAreaView area : taskAreas) {
			String text = area.description() == null || area.description().isBlank() ? area.title()
					: area.description().strip();
			draft.paragraph(area.number() + ". " + DocxWriter.ending(text, "."));
		}
	}

	private void organisation(OfficialDocument.Builder draft) {
		draft.heading("III. TỔ CHỨC THỰC HIỆN");
		int number = 0;
		String from = campaign.startDate().equals(campaign.planDate()) ? "từ khi Kế hoạch này được ban hành"
				: "từ ngày " + Formats.DATE.format(campaign.startDate());
		draft.paragraph(++number + ". Phong trào thi đua được triển khai thực hiện " + from + " đến hết ngày "
				+ Formats.DATE.format(campaign.endDate()) + ".");
		if (!periods.isEmpty()) {
			draft.paragraph(++number + ". Các đơn vị tham gia báo cáo kết quả thực hiện phong trào theo các kỳ báo cáo "
					+ "sau:");
			Block.Table table = Block.Table.of(Block.Table.Column.number("STT"), Block.Table.Column.text("Kỳ báo cáo", 4),
					Block.Table.Column.centred("Từ ngày", 3), Block.Table.Column.centred("Đến ngày", 3),
					Block.Table.Column.centred("Hạn nộp", 3));
			int row = 0;
			for (PeriodView period : periods) {
				table = table.withRow(Integer.toString(++row), period.name(), Formats.DATE.format(period.startDate()),
						Formats.DATE.format(period.endDate()), Formats.DATE.format(period.dueDate()));
			}
			draft.table(table);
		}
		if (committee.standingOfficeName() != null) {
			draft.paragraph(++number + ". " + committee.standingOfficeName() + " (cơ quan thường trực của "
					+ committee.name() + ") theo dõi, đôn đốc các đơn vị tổ chức, triển khai thực hiện Kế hoạch này; "
					+ "tổng hợp kết quả, đề xuất khen thưởng và báo cáo tổng kết phong trào.");
		}
	}

	private Annex participantAnnex(OfficialDocument plan, String label) {
		Block.Table table = Block.Table.of(Block.Table.Column.number("STT"), Block.Table.Column.text("Tên đơn vị", 7),
				Block.Table.Column.text("Người phụ trách", 6));
		int row = 0;
		for (ParticipantView p : participants) {
			String contact = p.contactName() == null ? ""
					: p.contactName() + (p.contactPosition() == null ? "" : ", " + p.contactPosition());
			table = table.withRow(Integer.toString(++row), p.unitName(), contact);
		}
		return new Annex(label, "DANH SÁCH ĐƠN VỊ THAM GIA PHONG TRÀO THI ĐUA",
				"(Kèm theo " + plan.citation() + " của " + committee.name() + ")", List.of(table));
	}

	/** Text as the campaign keeps it: one paragraph a line; a line starting with a dash becomes a dashed line. */
	private static void textLines(OfficialDocument.Builder draft, List<String> lines) {
		for (String line : lines) {
			if (line.startsWith("- ") || line.startsWith("-\t")) {
				draft.bullet(line.substring(2).strip());
			}
			else {
				draft.paragraph(line);
			}
		}
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
