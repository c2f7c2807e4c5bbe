package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.monitoring.CellStatus;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.monitoring.LateItem;
import vn.atgt.thidua.monitoring.LateUnit;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The urging letter (công văn đôn đốc) of the standing office to units that are late, an official letter in the layout
 * of Nghị định 30/2020: number left blank for the clerk, dated the day it is drafted; "V/v đôn đốc báo cáo kết quả
 * thực hiện phong trào thi đua tháng 7/2024" (from the selected period's name; the registration, or both, when those
 * are late); "Kính gửi:" the units; the plan it carries out (number, date, title of the campaign); the table of the
 * late units and items with their due dates and how late they are; the request with a new deadline; "Nơi nhận: Như
 * trên; … Lưu: VT" and the committee's signature block. The late items come from the monitoring module.
 */
final class UrgingLetter {

	static final Locale VIETNAMESE = CommitteeDocuments.VIETNAMESE;
	static final String FILE_STEM = "Cong-van-don-doc";

	private final CampaignView campaign;
	private final CommitteeView committee;
	private final PeriodView period;
	private final List<LateUnit> units;
	private final LocalDate today;
	private final LocalDate answerBy;

	/**
	 * @param period the selected period, or null when the selection is the registration or every late item
	 * @param units the late units to write to, each with its late items
	 * @param answerBy the new deadline the letter gives
	 */
	UrgingLetter(CampaignView campaign, CommitteeView committee, PeriodView period, List<LateUnit> units,
			LocalDate today, LocalDate answerBy) {
		this.campaign = campaign;
		this.committee = committee;
		this.period = period;
		this.units = List.copyOf(units);
		this.today = today;
		this.answerBy = answerBy;
	}

	/** "Cong-van-don-doc-Tháng-7-2024.docx" for a period, "Cong-van-don-doc-dang-ky-thi-dua.docx", or the stem alone. */
	static String fileName(ItemSelection selection, PeriodView period) {
		String suffix = switch (selection.scope()) {
			case ALL -> "";
			case REGISTRATION -> "dang-ky-thi-dua";
			case PERIOD -> period == null ? "" : period.name();
		};
		String words = suffix.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		return (words.isEmpty() ? FILE_STEM : FILE_STEM + "-" + words) + ".docx";
	}

	OfficialDocument compose(OfficialDocument.Builder draft) {
		boolean registration = units.stream().flatMap(u -> u.items().stream()).anyMatch(LateItem::registration);
		boolean reports = units.stream().flatMap(u -> u.items().stream()).anyMatch(i -> !i.registration());
		boolean returned = units.stream().flatMap(u -> u.items().stream())
			.anyMatch(i -> i.status() == CellStatus.RETURNED);
		String what = what(registration, reports);

		draft.summary("đôn đốc " + what)
			.addressees(units.stream().map(LateUnit::unitName).toList());
		draft.paragraph("Thực hiện Kế hoạch số " + campaign.planNumber() + " ngày " + Formats.DATE.format(campaign.planDate())
				+ " của " + committee.name() + " về " + lowerFirst(campaign.title()) + ", các đơn vị tham gia phong trào "
				+ "đăng ký thi đua và báo cáo kết quả thực hiện theo các kỳ báo cáo, đúng hạn nộp quy định.");
		draft.paragraph("Tính đến ngày " + Formats.DATE.format(today) + ", các đơn vị sau chưa gửi " + what
				+ (returned ? " hoặc đã được trả lại để hoàn thiện nhưng chưa gửi lại" : "") + ":");
		draft.table(lateTable());
		draft.paragraph("Để bảo đảm tiến độ theo dõi, tổng hợp kết quả thực hiện phong trào, " + committee.name()
				+ " đề nghị các đơn vị nêu trên khẩn trương hoàn thành, gửi " + what + " qua phần mềm Thi đua ATGT "
				+ "trước ngày " + Formats.DATE.format(answerBy) + ".");
		draft.paragraph("Quá thời hạn trên, đơn vị nào chưa gửi, " + committee.name() + " sẽ tổng hợp, báo cáo lãnh đạo "
				+ "và xem xét khi đánh giá, xếp loại thi đua của đơn vị. Đề nghị các đơn vị quan tâm thực hiện./.");
		List<String> recipients = new ArrayList<>();
		recipients.add("Như trên");
		CommitteeDocuments.recipientsOf(committee).stream()
			.filter(line -> line.toLowerCase(VIETNAMESE).startsWith("lưu"))
			.forEach(recipients::add);
		return draft.recipients(recipients).build();
	}

	/** What the units are urged to send: "báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024" and the like. */
	private String what(boolean registration, boolean reports) {
		String report = "báo cáo kết quả thực hiện phong trào thi đua"
				+ (period == null ? "" : " " + lowerFirst(period.name()));
		if (registration && reports) {
			return "đăng ký thi đua và " + report;
		}
		return registration ? "đăng ký thi đua" : report;
	}

	private Block.Table lateTable() {
		Block.Table table = Block.Table.of(Block.Table.Column.number("STT"), Block.Table.Column.text("Đơn vị", 4),
				Block.Table.Column.text("Nội dung", 3), Block.Table.Column.centred("Hạn nộp", 3),
				Block.Table.Column.text("Tình trạng", 3));
		int row = 0;
		for (LateUnit unit : units) {
			for (LateItem item : unit.items()) {
				table = table.withRow(Integer.toString(++row), unit.unitName(),
						item.registration() ? "Đăng ký thi đua" : "Báo cáo kết quả " + lowerFirst(item.periodName()),
						Formats.DATE.format(item.dueDate()), state(item));
			}
		}
		return table;
	}

	private static String state(LateItem item) {
		String state = switch (item.status()) {
			case DRAFT -> "Đang soạn, chưa gửi";
			case RETURNED -> "Đã trả lại, chưa gửi lại";
			default -> "Chưa gửi";
		};
		return state + " (quá hạn " + item.overdueDays() + " ngày)";
	}

	/** "Tháng 7/2024" → "tháng 7/2024"; a word in capitals ("UBND …") stays as it is. */
	static String lowerFirst(String text) {
		if (text == null || text.length() < 2 || !Character.isUpperCase(text.charAt(0))
				|| Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}
}
