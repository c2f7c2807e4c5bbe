package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.BlackSpotFilter;
import vn.atgt.thidua.accident.BlackSpotQueries;
import vn.atgt.thidua.accident.BlackSpotRow;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.Change;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.FigureComparison;
import vn.atgt.thidua.accident.GoalCheck;
import vn.atgt.thidua.accident.MonthComparison;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The accident section from the accident module's door: the confirmed figures of the accident months that end within
 * the report's dates against the same months of the baseline year (a table and the sentence of
 * {@link AccidentWording}), the campaign's goals checked on those months, and the black spots treated. Months without
 * confirmed figures are said to be missing, never counted as zero.
 */
@Component
class AccidentSection {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final int SPOTS_LISTED = 50;

	private final AccidentService accidents;
	private final BlackSpotQueries blackSpots;
	private final MessageSource messages;

	AccidentSection(AccidentService accidents, BlackSpotQueries blackSpots, MessageSource messages) {
		this.accidents = accidents;
		this.blackSpots = blackSpots;
		this.messages = messages;
	}

	SectionContent draft(CurrentUser user, SummaryScope scope) {
		AccidentComparison comparison = accidents.comparison(user, scope.campaign().id());
		List<AccidentFigures> current = new ArrayList<>();
		List<AccidentFigures> baseline = new ArrayList<>();
		for (MonthComparison month : comparison.months()) {
			if (within(month, scope)) {
				current.add(month.comparison().current());
				baseline.add(month.comparison().baseline());
			}
		}
		Cumulative total = FigureComparison.total(current, baseline);
		int year = comparison.baselineYear();
		List<String> lines = new ArrayList<>();
		SectionTable table = null;
		if (total.monthsCounted() == 0) {
			lines.add("Chưa có số liệu tai nạn giao thông đã xác nhận cho các tháng từ " + Formats.DATE.format(scope.from())
					+ " đến " + Formats.DATE.format(scope.to()) + ".");
		}
		else {
			lines.add(figuresSentence(scope, total, year));
			table = table(total, year);
		}
		lines.addAll(goals(FigureComparison.goals(scope.campaign().goals(), total), year));
		lines.add(blackSpots(user, scope));
		return new SectionContent(String.join("\n", lines), table);
	}

	/**
	 * The annex's accidents by month: each accident month within the report's dates, its three criteria and those of
	 * the same month of the baseline year (empty cells where the figures are not confirmed).
	 */
	List<List<Object>> byMonth(CurrentUser user, SummaryScope scope) {
		List<List<Object>> rows = new ArrayList<>();
		for (MonthComparison month : accidents.comparison(user, scope.campaign().id()).months()) {
			if (within(month, scope)) {
				List<Object> row = new ArrayList<>(List.of(month.period().monthLabel()));
				three(row, month.comparison().current());
				three(row, month.comparison().baseline());
				rows.add(row);
			}
		}
		return rows;
	}

	/** The annex's accidents by area: each area's confirmed figures of the months within the dates, and the baseline's. */
	List<List<Object>> byArea(CurrentUser user, SummaryScope scope) {
		AccidentComparison comparison = accidents.comparison(user, scope.campaign().id());
		List<List<Object>> rows = new ArrayList<>();
		for (AccidentComparison.AreaMonths area : comparison.areas()) {
			List<AccidentFigures> current = new ArrayList<>();
			List<AccidentFigures> baseline = new ArrayList<>();
			for (int i = 0; i < comparison.months().size(); i++) {
				if (within(comparison.months().get(i), scope)) {
					current.add(area.current().get(i));
					baseline.add(area.baseline().get(i));
				}
			}
			List<Object> row = new ArrayList<>(List.of(area.area().name()));
			three(row, FigureComparison.sum(current));
			three(row, FigureComparison.sum(baseline));
			rows.add(row);
		}
		return rows;
	}

	static final List<String> ANNEX_FIGURES = List.of("Số vụ", "Số người chết", "Số người bị thương",
			"Cùng kỳ: số vụ", "Cùng kỳ: số người chết", "Cùng kỳ: số người bị thương");

	private static void three(List<Object> row, AccidentFigures figures) {
		row.add(figures == null ? null : figures.cases());
		row.add(figures == null ? null : figures.deaths());
		row.add(figures == null ? null : figures.injured());
	}

	private static boolean within(MonthComparison month, SummaryScope scope) {
		return !month.period().lastDay().isBefore(scope.from()) && !month.period().lastDay().isAfter(scope.to());
	}

	private static String figuresSentence(SummaryScope scope, Cumulative total, int year) {
		String months = total.isPartial()
				? " (" + total.monthsCounted() + "/" + total.months() + " tháng có số liệu đã xác nhận)" : "";
		String sentence = "Từ ngày " + Formats.DATE.format(scope.from()) + " đến ngày " + Formats.DATE.format(scope.to())
				+ months + ", trên địa bàn xảy ra " + total.current(Criterion.CASES) + " vụ tai nạn giao thông, làm chết "
				+ total.current(Criterion.DEATHS) + " người, bị thương " + total.current(Criterion.INJURED) + " người";
		String change = AccidentWording.comparison(total.change(Criterion.CASES), total.change(Criterion.DEATHS),
				total.change(Criterion.INJURED), year);
		return sentence + (change == null ? "; chưa đủ số liệu cùng kỳ năm " + year + " để so sánh." : "; " + change + ".");
	}

	private static SectionTable table(Cumulative total, int year) {
		List<List<String>> rows = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			Change change = total.change(criterion);
			Integer then = total.baseline(criterion);
			rows.add(List.of(AccidentWording.label(criterion), String.valueOf(total.current(criterion)),
					then == null ? "—" : then.toString(), change == null ? "—" : AccidentWording.signed(change),
					change == null || !change.hasPercent() ? "—" : change.signedPercent()));
		}
		return new SectionTable(List.of("Tiêu chí", "Kỳ báo cáo", "Cùng kỳ năm " + year, "Tăng (+), giảm (-)", "Tỷ lệ"),
				rows);
	}

	private List<String> goals(List<GoalCheck> checks, int year) {
		List<String> lines = new ArrayList<>();
		for (GoalCheck check : checks) {
			String goal = messages.getMessage(check.goal().messageKey(), new Object[] { year }, VIETNAMESE);
			String outcome = messages.getMessage(check.outcome().messageKey(), null, VIETNAMESE);
			lines.add("Mục tiêu \"" + goal + "\": " + outcome + ".");
		}
		return lines;
	}

	private String blackSpots(CurrentUser user, SummaryScope scope) {
		List<BlackSpotRow> treated = new ArrayList<>();
		for (BlackSpotStatus status : List.of(BlackSpotStatus.TREATED, BlackSpotStatus.MONITORING)) {
			treated.addAll(blackSpots.search(user, scope.campaign().id(), new BlackSpotFilter(null, status, null, null),
					PageRequest.of(0, SPOTS_LISTED)).getContent());
		}
		if (treated.isEmpty()) {
			return "Chưa có điểm đen, điểm tiềm ẩn tai nạn giao thông nào được xử lý xong.";
		}
		List<String> names = treated.stream()
			.map(s -> s.location().isBlank() ? s.name() : s.name() + " (" + s.location() + ")").toList();
		return "Đã xử lý xong " + treated.size() + " điểm đen, điểm tiềm ẩn tai nạn giao thông: " + String.join("; ", names)
				+ ".";
	}
}
