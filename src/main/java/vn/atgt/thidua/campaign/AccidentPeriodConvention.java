package vn.atgt.thidua.campaign;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * How accident figures of a month are counted. The police count a month from the 15th of the month before to the 14th
 * ("tháng 7/2024" = 15/6–14/7/2024) so that the figures are ready for the monthly report; others use the calendar month.
 * A campaign option, because the accident module compares like with like against the baseline year.
 */
public enum AccidentPeriodConvention implements Labelled {
	CALENDAR_MONTH, POLICE_15_TO_14;

	/** The first day counted for the accident month. */
	public LocalDate firstDay(YearMonth month) {
		return this == CALENDAR_MONTH ? month.atDay(1) : month.minusMonths(1).atDay(15);
	}

	/** The last day counted for the accident month. */
	public LocalDate lastDay(YearMonth month) {
		return this == CALENDAR_MONTH ? month.atEndOfMonth() : month.atDay(14);
	}

	/** The accident month a day is counted in. */
	public YearMonth monthOf(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		return this == POLICE_15_TO_14 && day.getDayOfMonth() >= 15 ? month.plusMonths(1) : month;
	}

	@Override
	public String messageKey() {
		return "campaign.accidentConvention." + name();
	}
}
