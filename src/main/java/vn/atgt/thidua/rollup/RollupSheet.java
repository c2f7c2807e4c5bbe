package vn.atgt.thidua.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * The roll-up as an XLSX sheet: Vietnamese headers whatever the user's language (the sheet goes to other offices), one
 * row per child committee and the total, every count a number (Calc and Excel sum it), an empty cell where there are
 * no figures (never a zero).
 */
@Component
public class RollupSheet {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	static final List<String> HEADERS = List.of("STT", "Cơ quan", "Địa bàn", "Số kế hoạch", "Ngày kế hoạch",
			"Trạng thái", "Số tháng có số liệu", "Số vụ", "Số vụ cùng kỳ", "Số người chết", "Số người chết cùng kỳ",
			"Số người bị thương", "Số người bị thương cùng kỳ", "Mục tiêu đạt", "Mục tiêu chưa đạt", "Đơn vị tham gia",
			"Đơn vị đã đăng ký", "Đăng ký được duyệt", "Báo cáo đến hạn", "Báo cáo đúng hạn", "Báo cáo trễ hạn",
			"Báo cáo chưa gửi");

	private final MessageSource messages;

	RollupSheet(MessageSource messages) {
		this.messages = messages;
	}

	/** The workbook of the page. */
	public byte[] write(RollupCampaignPage page) {
		List<List<Object>> rows = new ArrayList<>();
		int n = 0;
		for (ChildRow row : page.rows()) {
			List<Object> cells = new ArrayList<>(Arrays.asList(++n, row.committee().name(), row.areaName(),
					row.launched() ? row.campaign().planNumber() : null,
					row.launched() ? Formats.DATE.format(row.campaign().planDate()) : "Chưa phát động",
					row.launched() ? messages.getMessage(row.campaign().status().messageKey(), null, VI) : null));
			accidents(cells, row.accidents());
			cells.addAll(row.launched() ? List.of(row.goalsMet(), row.goalsNotMet()) : Arrays.asList(null, null));
			participation(cells, row.launched() ? row.participation() : null);
			rows.add(cells);
		}
		List<Object> total = new ArrayList<>(Arrays.asList(null, "Tổng cộng", null, null, null, null));
		accidents(total, page.total());
		total.add(page.totalGoals().stream().filter(g -> g.isMet()).count());
		total.add(page.totalGoals().stream().filter(g -> g.isKnown() && !g.isMet()).count());
		participation(total, page.totalParticipation());
		rows.add(total);
		List<String> above = List.of("TỔNG HỢP PHONG TRÀO CỦA CÁC CƠ QUAN CẤP DƯỚI",
				page.committeeName() + " — Kế hoạch số " + page.campaign().planNumber() + ": "
						+ page.campaign().title(),
				"Số liệu tai nạn giao thông đã xác nhận, so với cùng kỳ năm " + page.campaign().baselineYear());
		return Sheets.writeTable("Tong hop", above, HEADERS, rows);
	}

	private static void accidents(List<Object> cells, Cumulative figures) {
		cells.add(figures.monthsCounted());
		for (Criterion criterion : Criterion.main()) {
			cells.add(figures.current(criterion));
			cells.add(figures.baseline(criterion));
		}
	}

	private static void participation(List<Object> cells, Participation p) {
		if (p == null) {
			cells.addAll(Arrays.asList(null, null, null, null, null, null, null));
			return;
		}
		cells.addAll(List.of(p.units(), p.registered(), p.approved(), p.reportsDue(), p.reportsOnTime(),
				p.reportsLate(), p.reportsMissing()));
	}
}
