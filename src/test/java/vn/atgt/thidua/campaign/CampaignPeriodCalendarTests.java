package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.PeriodCalendar.Draft;

/** Period generation: names, dates and due dates of months, quarters, half-years and years; partial ranges. */
class CampaignPeriodCalendarTests {

	static LocalDate d(int day, int month, int year) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void monthlyPeriodsOfACampaignStartingOn21JuneRunFromJulyToDecember() {
		List<Draft> months = PeriodCalendar.generate(Cadence.MONTHLY, d(21, 6, 2024), d(31, 12, 2024), 20, false);

		assertThat(months).extracting(Draft::name).containsExactly("Tháng 7/2024", "Tháng 8/2024", "Tháng 9/2024",
				"Tháng 10/2024", "Tháng 11/2024", "Tháng 12/2024");
		assertThat(months.get(0)).isEqualTo(new Draft(Cadence.MONTHLY, "Tháng 7/2024", d(1, 7, 2024), d(31, 7, 2024),
				d(20, 8, 2024), false));
		assertThat(months.get(5).dueDate()).isEqualTo(d(20, 1, 2025));
	}

	@Test
	void quartersAreNamedInRomanNumerals() {
		List<Draft> quarters = PeriodCalendar.generate(Cadence.QUARTERLY, d(1, 1, 2024), d(31, 12, 2024), 20, false);

		assertThat(quarters).extracting(Draft::name).containsExactly("Quý I/2024", "Quý II/2024", "Quý III/2024",
				"Quý IV/2024");
		assertThat(quarters.get(2).startDate()).isEqualTo(d(1, 7, 2024));
		assertThat(quarters.get(2).endDate()).isEqualTo(d(30, 9, 2024));
		assertThat(quarters.get(2).dueDate()).isEqualTo(d(20, 10, 2024));
	}

	@Test
	void aPartialRangeKeepsOnlyWholeQuartersAndHalfYears() {
		assertThat(PeriodCalendar.generate(Cadence.QUARTERLY, d(21, 6, 2024), d(31, 12, 2024), 20, false))
			.extracting(Draft::name).containsExactly("Quý III/2024", "Quý IV/2024");
		List<Draft> halves = PeriodCalendar.generate(Cadence.HALF_YEARLY, d(21, 6, 2024), d(31, 12, 2024), 20, false);
		assertThat(halves).extracting(Draft::name).containsExactly("6 tháng cuối năm 2024");
		assertThat(halves.get(0).startDate()).isEqualTo(d(1, 7, 2024));
		assertThat(halves.get(0).dueDate()).isEqualTo(d(20, 1, 2025));
	}

	@Test
	void halfYearsAndYearsHaveTheirNames() {
		assertThat(PeriodCalendar.generate(Cadence.HALF_YEARLY, d(1, 1, 2024), d(31, 12, 2024), 15, false))
			.extracting(Draft::name).containsExactly("6 tháng đầu năm 2024", "6 tháng cuối năm 2024");
		List<Draft> years = PeriodCalendar.generate(Cadence.YEARLY, d(1, 1, 2024), d(31, 12, 2025), 20, false);
		assertThat(years).extracting(Draft::name).containsExactly("Năm 2024", "Năm 2025");
		assertThat(years.get(0).dueDate()).isEqualTo(d(20, 1, 2025));
	}

	@Test
	void aRangeWithoutAWholePeriodYieldsNothing() {
		assertThat(PeriodCalendar.generate(Cadence.MONTHLY, d(5, 7, 2024), d(25, 7, 2024), 20, false)).isEmpty();
		assertThat(PeriodCalendar.generate(Cadence.YEARLY, d(21, 6, 2024), d(31, 12, 2024), 20, false)).isEmpty();
	}

	@Test
	void aDueDayBeyondTheMonthsLengthFallsOnItsLastDay() {
		assertThat(PeriodCalendar.dueDate(d(31, 1, 2024), 31)).isEqualTo(d(29, 2, 2024));
		assertThat(PeriodCalendar.dueDate(d(31, 1, 2025), 30)).isEqualTo(d(28, 2, 2025));
		assertThat(PeriodCalendar.dueDate(d(30, 9, 2024), 31)).isEqualTo(d(31, 10, 2024));
	}

	@Test
	void baselinePeriodsCarryTheirFlag() {
		assertThat(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2023), d(31, 12, 2023), 20, true))
			.hasSize(6).allMatch(Draft::baseline);
	}

	@Test
	void shiftingByAYearKeepsTheStandardNameAndTheDueDateRule() {
		Draft july = new Draft(Cadence.MONTHLY, "Tháng 7/2024", d(1, 7, 2024), d(31, 7, 2024), d(20, 8, 2024), false);
		assertThat(PeriodCalendar.shift(july, 1)).isEqualTo(new Draft(Cadence.MONTHLY, "Tháng 7/2025", d(1, 7, 2025),
				d(31, 7, 2025), d(20, 8, 2025), false));

		Draft february = new Draft(Cadence.MONTHLY, "Tháng 2/2024", d(1, 2, 2024), d(29, 2, 2024), d(20, 3, 2024), false);
		assertThat(PeriodCalendar.shift(february, 1).endDate()).isEqualTo(d(28, 2, 2025));

		Draft adHoc = new Draft(Cadence.AD_HOC, "Sơ kết 6 tháng 2024", d(21, 6, 2024), d(15, 12, 2024),
				d(20, 12, 2024), false);
		assertThat(PeriodCalendar.shift(adHoc, 1).name()).isEqualTo("Sơ kết 6 tháng 2025");
	}

	@Test
	void policeCountAMonthFromThe15thToThe14th() {
		AccidentPeriodConvention police = AccidentPeriodConvention.POLICE_15_TO_14;
		assertThat(police.firstDay(YearMonth.of(2024, 7))).isEqualTo(d(15, 6, 2024));
		assertThat(police.lastDay(YearMonth.of(2024, 7))).isEqualTo(d(14, 7, 2024));
		assertThat(police.monthOf(d(15, 7, 2024))).isEqualTo(YearMonth.of(2024, 8));
		assertThat(police.monthOf(d(14, 7, 2024))).isEqualTo(YearMonth.of(2024, 7));
		assertThat(police.firstDay(YearMonth.of(2024, 1))).isEqualTo(d(15, 12, 2023));

		AccidentPeriodConvention calendar = AccidentPeriodConvention.CALENDAR_MONTH;
		assertThat(calendar.firstDay(YearMonth.of(2024, 7))).isEqualTo(d(1, 7, 2024));
		assertThat(calendar.lastDay(YearMonth.of(2024, 7))).isEqualTo(d(31, 7, 2024));
		assertThat(calendar.monthOf(d(15, 7, 2024))).isEqualTo(YearMonth.of(2024, 7));
	}
}
