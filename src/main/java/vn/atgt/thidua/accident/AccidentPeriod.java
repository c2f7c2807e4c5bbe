package vn.atgt.thidua.accident;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;

/**
 * An accident month as a convention counts it: "Tháng 7/2024" is 1/7–31/7/2024 by the calendar, 15/6–14/7/2024 by the
 * police (January runs from 15/12 of the year before). Figures are stored per area and accident period, so that a
 * baseline month entered once serves every campaign that compares with it.
 */
public record AccidentPeriod(AccidentPeriodConvention convention, YearMonth month) implements Comparable<AccidentPeriod> {

	public AccidentPeriod {
		Objects.requireNonNull(convention);
		Objects.requireNonNull(month);
	}

	public static AccidentPeriod of(AccidentPeriodConvention convention, int year, int month) {
		return new AccidentPeriod(convention, YearMonth.of(year, month));
	}

	/**
	 * The accident months of a campaign: each month whose accident period ends within the campaign's dates. Counted by
	 * the police, 21/6–31/12/2024 gives July (15/6–14/7) to December (15/11–14/12): June's period ends before the start
	 * and January 2025's (15/12–14/1) after the end, as the police's year 2024 runs 15/12/2023–14/12/2024.
	 */
	public static List<AccidentPeriod> monthsOf(LocalDate start, LocalDate end, AccidentPeriodConvention convention) {
		List<AccidentPeriod> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end).plusMonths(1)); m = m.plusMonths(1)) {
			AccidentPeriod period = new AccidentPeriod(convention, m);
			if (!period.lastDay().isBefore(start) && !period.lastDay().isAfter(end)) {
				months.add(period);
			}
		}
		return months;
	}

	/** The period of "2024-07" under the convention. @throws IllegalArgumentException when the key is malformed */
	public static AccidentPeriod parse(AccidentPeriodConvention convention, String key) {
		try {
			return new AccidentPeriod(convention, YearMonth.parse(key));
		}
		catch (DateTimeParseException | NullPointerException e) {
			throw new IllegalArgumentException("not a period: " + key, e);
		}
	}

	public int year() {
		return month.getYear();
	}

	public int monthValue() {
		return month.getMonthValue();
	}

	public LocalDate firstDay() {
		return convention.firstDay(month);
	}

	public LocalDate lastDay() {
		return convention.lastDay(month);
	}

	/** The same month so many years earlier: the baseline of this period. */
	public AccidentPeriod minusYears(int years) {
		return new AccidentPeriod(convention, month.minusYears(years));
	}

	/** "7/2024": the month as the name "Tháng 7/2024" shows it (the word comes from the messages). */
	public String monthLabel() {
		return month.getMonthValue() + "/" + month.getYear();
	}

	/** "2024-07", as URLs and forms name the period. */
	public String key() {
		return month.toString();
	}

	/** "15/6–14/7/2024", or "15/12/2023–14/1/2024" across a new year, as police reports write it. */
	public String range() {
		LocalDate from = firstDay();
		LocalDate to = lastDay();
		String first = from.getDayOfMonth() + "/" + from.getMonthValue();
		if (from.getYear() != to.getYear()) {
			first += "/" + from.getYear();
		}
		return first + "\u2013" + to.getDayOfMonth() + "/" + to.getMonthValue() + "/" + to.getYear();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
	}

	@Override
	public int compareTo(AccidentPeriod other) {
		return month.compareTo(other.month);
	}
}
