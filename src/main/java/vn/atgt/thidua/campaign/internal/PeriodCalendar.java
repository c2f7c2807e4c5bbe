package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.atgt.thidua.campaign.Cadence;

/**
 * The calendar of regular reporting periods: where a month, quarter, half-year or year begins and ends, its official
 * name and its due date. Names are data in the form official documents use ("Tháng 7/2024", "Quý III/2024",
 * "6 tháng cuối năm 2024", "Năm 2024"), stored with the period and editable, not screen text.
 */
public final class PeriodCalendar {

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20|21)\\d{2}(?!\\d)");

	private PeriodCalendar() {
	}

	/** A period about to be added: generated, entered by hand or copied from an earlier campaign. */
	public record Draft(Cadence cadence, String name, LocalDate startDate, LocalDate endDate, LocalDate dueDate,
			boolean baseline) {
	}

	/**
	 * The whole periods of the cadence that lie within {@code from}–{@code to}; a period cut by either end is left out
	 * (a campaign starting on 21/6/2024 reports monthly from July). Empty when the range holds no whole period.
	 */
	public static List<Draft> generate(Cadence cadence, LocalDate from, LocalDate to, int dueDay, boolean baseline) {
		if (!cadence.isRegular()) {
			throw new IllegalArgumentException("an ad-hoc period is entered by hand");
		}
		List<Draft> drafts = new ArrayList<>();
		LocalDate start = startOf(cadence, from);
		if (start.isBefore(from)) {
			start = endOf(cadence, start).plusDays(1);
		}
		while (!endOf(cadence, start).isAfter(to)) {
			LocalDate end = endOf(cadence, start);
			drafts.add(new Draft(cadence, nameOf(cadence, start), start, end, dueDate(end, dueDay), baseline));
			start = end.plusDays(1);
		}
		return drafts;
	}

	/** The first day of the regular period of the cadence that contains the day. */
	public static LocalDate startOf(Cadence cadence, LocalDate day) {
		int months = months(cadence);
		int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
		return LocalDate.of(day.getYear(), firstMonth, 1);
	}

	/** The last day of the regular period of the cadence that begins on {@code start}. */
	public static LocalDate endOf(Cadence cadence, LocalDate start) {
		return YearMonth.from(start).plusMonths(months(cadence) - 1L).atEndOfMonth();
	}

	/** The official name of the regular period that begins on {@code start}. */
	public static String nameOf(Cadence cadence, LocalDate start) {
		int year = start.getYear();
		int month = start.getMonthValue();
		return switch (cadence) {
			case MONTHLY -> "Tháng " + month + "/" + year;
			case QUARTERLY -> "Quý " + QUARTERS[(month - 1) / 3] + "/" + year;
			case HALF_YEARLY -> (month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
			case YEARLY -> "Năm " + year;
			case AD_HOC -> throw new IllegalArgumentException("an ad-hoc period has no standard name");
		};
	}

	/** The name when {@code start}–{@code end} is exactly a regular period of the cadence. */
	public static Optional<String> standardName(Cadence cadence, LocalDate start, LocalDate end) {
		if (!cadence.isRegular() || !startOf(cadence, start).equals(start) || !endOf(cadence, start).equals(end)) {
			return Optional.empty();
		}
		return Optional.of(nameOf(cadence, start));
	}

	/** Day {@code dueDay} of the month after the period ends, or that month's last day when it is shorter. */
	public static LocalDate dueDate(LocalDate periodEnd, int dueDay) {
		YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
		return next.atDay(Math.min(Math.max(dueDay, 1), next.lengthOfMonth()));
	}

	/**
	 * The period moved by whole years (cloning to the next year): a regular period keeps its standard name, any
	 * other name has its years moved too ("Sơ kết 6 tháng 2024" becomes "Sơ kết 6 tháng 2025").
	 */
	public static Draft shift(Draft period, int years) {
		LocalDate start = period.startDate().plusYears(years);
		LocalDate end = period.endDate().plusYears(years);
		if (standardName(period.cadence(), period.startDate(), period.endDate()).isPresent()) {
			// the last day of February moves to the last day of February
			end = endOf(period.cadence(), start);
		}
		String name = standardName(period.cadence(), start, end).orElseGet(() -> shiftYears(period.name(), years));
		return new Draft(period.cadence(), name, start, end, period.dueDate().plusYears(years), period.baseline());
	}

	public static String shiftYears(String text, int years) {
		Matcher m = YEAR.matcher(text);
		StringBuilder shifted = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(shifted, String.valueOf(Integer.parseInt(m.group()) + years));
		}
		m.appendTail(shifted);
		return shifted.toString();
	}

	private static int months(Cadence cadence) {
		return switch (cadence) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case HALF_YEARLY -> 6;
			case YEARLY -> 12;
			case AD_HOC -> throw new IllegalArgumentException("an ad-hoc period has no regular length");
		};
	}
}
