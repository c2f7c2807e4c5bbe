package vn.atgt.thidua.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;

/**
 * The period the dashboard shows, picked by a kind and a month: that month, the quarter or the half of the year it
 * lies in, or the year from 1 January to the end of that month. Calendar days {@code from}–{@code to}; the accident
 * months it counts are those whose accident period ends within those days (as a campaign's accident months are
 * chosen), so that by the police's count (15th–14th) "Tháng 9/2024" counts accident month 9 (15/8–14/9) and the third
 * quarter counts months 7, 8 and 9 (15/6–14/9), each month once and never half of one.
 */
public record DashboardPeriod(PeriodKind kind, YearMonth month, LocalDate from, LocalDate to) {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	/** The period of that kind around {@code month}. */
	public static DashboardPeriod of(PeriodKind kind, YearMonth month) {
		int year = month.getYear();
		int m = month.getMonthValue();
		return switch (kind) {
			case MONTH -> new DashboardPeriod(kind, month, month.atDay(1), month.atEndOfMonth());
			case QUARTER -> {
				int first = (m - 1) / 3 * 3 + 1;
				yield new DashboardPeriod(kind, month, LocalDate.of(year, first, 1),
						YearMonth.of(year, first + 2).atEndOfMonth());
			}
			case HALF_YEAR -> {
				int first = m <= 6 ? 1 : 7;
				yield new DashboardPeriod(kind, month, LocalDate.of(year, first, 1),
						YearMonth.of(year, first + 5).atEndOfMonth());
			}
			case YEAR_TO_DATE -> new DashboardPeriod(kind, month, LocalDate.of(year, 1, 1), month.atEndOfMonth());
		};
	}

	/**
	 * The period asked for by request parameters ({@code kind}, {@code month} as "2024-09"), the month kept within
	 * {@code first}–{@code last}; a month missing or malformed is {@code fallback}.
	 */
	public static DashboardPeriod parse(String kind, String month, YearMonth fallback, YearMonth first,
			YearMonth last) {
		YearMonth chosen = fallback;
		if (month != null && !month.isBlank()) {
			try {
				chosen = YearMonth.parse(month.strip());
			}
			catch (DateTimeParseException e) {
				chosen = fallback;
			}
		}
		if (chosen.isBefore(first)) {
			chosen = first;
		}
		if (chosen.isAfter(last)) {
			chosen = last;
		}
		return of(PeriodKind.parse(kind), chosen);
	}

	/** True when the accident month counts in this period: its accident period ends within its days. */
	public boolean includes(AccidentPeriod period) {
		return !period.lastDay().isBefore(from) && !period.lastDay().isAfter(to);
	}

	/** True when the accident month ends by the end of this period (it counts in the cumulative sum). */
	public boolean reaches(AccidentPeriod period) {
		return !period.lastDay().isAfter(to);
	}

	/** The accident months of this period under the convention, whatever the campaign. */
	public List<AccidentPeriod> accidentMonths(AccidentPeriodConvention convention) {
		return AccidentPeriod.monthsOf(from, to, convention);
	}

	/** "2024-09": the month as the selector's parameter names it. */
	public String monthKey() {
		return month.toString();
	}

	/** The key of the period's name: {@code dashboard.period.<KIND>} or, for the half year, its first or second half. */
	public String labelKey() {
		if (kind == PeriodKind.HALF_YEAR) {
			return "dashboard.period.HALF_YEAR." + (from.getMonthValue() == 1 ? "first" : "second");
		}
		return "dashboard.period." + kind.name();
	}

	/** The arguments of {@link #labelKey()}: "9/2024"; the quarter "III" and year; the year; "9/2024". */
	public Object[] labelArgs() {
		String year = Integer.toString(month.getYear());
		String monthLabel = month.getMonthValue() + "/" + year;
		return switch (kind) {
			case MONTH, YEAR_TO_DATE -> new Object[] { monthLabel };
			case QUARTER -> new Object[] { ROMAN[(month.getMonthValue() - 1) / 3], year };
			case HALF_YEAR -> new Object[] { year };
		};
	}
}
