package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;

/** The period arithmetic of the dashboard's selector, by hand. */
class DashboardPeriodTests {

	private static final AccidentPeriodConvention POLICE = AccidentPeriodConvention.POLICE_15_TO_14;
	private static final AccidentPeriodConvention CALENDAR = AccidentPeriodConvention.CALENDAR_MONTH;

	@Test
	void aMonthIsItsCalendarDaysAndCountsThePoliceMonthThatEndsInIt() {
		DashboardPeriod august = DashboardPeriod.of(PeriodKind.MONTH, YearMonth.of(2024, 8));
		assertThat(august.from()).isEqualTo(LocalDate.of(2024, 8, 1));
		assertThat(august.to()).isEqualTo(LocalDate.of(2024, 8, 31));
		// 1–31/8 overlaps 15/7–14/8 and 15/8–14/9: only the first ends in August
		assertThat(august.accidentMonths(POLICE)).extracting(AccidentPeriod::key).containsExactly("2024-08");
		assertThat(august.accidentMonths(POLICE).get(0).range()).isEqualTo("15/7\u201314/8/2024");
		assertThat(august.includes(AccidentPeriod.of(POLICE, 2024, 9))).isFalse();
		assertThat(august.accidentMonths(CALENDAR)).extracting(AccidentPeriod::key).containsExactly("2024-08");
		assertThat(august.labelKey()).isEqualTo("dashboard.period.MONTH");
		assertThat(august.labelArgs()).containsExactly("8/2024");
	}

	@Test
	void aQuarterAndAHalfYearAreTheOnesTheMonthLiesIn() {
		DashboardPeriod q3 = DashboardPeriod.of(PeriodKind.QUARTER, YearMonth.of(2024, 8));
		assertThat(q3.from()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(q3.to()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(q3.accidentMonths(POLICE)).extracting(AccidentPeriod::key)
			.containsExactly("2024-07", "2024-08", "2024-09");
		assertThat(q3.labelArgs()).containsExactly("III", "2024");
		DashboardPeriod q4 = DashboardPeriod.of(PeriodKind.QUARTER, YearMonth.of(2024, 12));
		assertThat(q4.from()).isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(q4.to()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(q4.labelArgs()).containsExactly("IV", "2024");
		assertThat(DashboardPeriod.of(PeriodKind.QUARTER, YearMonth.of(2024, 1)).labelArgs())
			.containsExactly("I", "2024");

		DashboardPeriod firstHalf = DashboardPeriod.of(PeriodKind.HALF_YEAR, YearMonth.of(2024, 6));
		assertThat(firstHalf.from()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(firstHalf.to()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(firstHalf.labelKey()).isEqualTo("dashboard.period.HALF_YEAR.first");
		DashboardPeriod secondHalf = DashboardPeriod.of(PeriodKind.HALF_YEAR, YearMonth.of(2024, 7));
		assertThat(secondHalf.from()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(secondHalf.to()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(secondHalf.labelKey()).isEqualTo("dashboard.period.HALF_YEAR.second");
		assertThat(secondHalf.accidentMonths(POLICE)).hasSize(6);
	}

	@Test
	void theYearToDateRunsFromTheFirstOfJanuaryAndCountsTheJanuaryThatBeganInDecember() {
		DashboardPeriod ytd = DashboardPeriod.of(PeriodKind.YEAR_TO_DATE, YearMonth.of(2024, 3));
		assertThat(ytd.from()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(ytd.to()).isEqualTo(LocalDate.of(2024, 3, 31));
		// January by the police is 15/12/2023–14/1/2024: it ends in the year, so it counts; December 2023 does not
		assertThat(ytd.accidentMonths(POLICE)).extracting(AccidentPeriod::key)
			.containsExactly("2024-01", "2024-02", "2024-03");
		assertThat(ytd.includes(AccidentPeriod.of(POLICE, 2023, 12))).isFalse();
		assertThat(ytd.reaches(AccidentPeriod.of(POLICE, 2023, 12))).isTrue();
		assertThat(ytd.reaches(AccidentPeriod.of(POLICE, 2024, 4))).isFalse();
	}

	@Test
	void theSelectorsParametersAreKeptWithinTheCampaign() {
		YearMonth first = YearMonth.of(2024, 6);
		YearMonth last = YearMonth.of(2024, 12);
		YearMonth today = YearMonth.of(2025, 1);
		assertThat(DashboardPeriod.parse(null, null, today, first, last))
			.isEqualTo(DashboardPeriod.of(PeriodKind.MONTH, last));
		assertThat(DashboardPeriod.parse("QUARTER", "2024-02", today, first, last))
			.isEqualTo(DashboardPeriod.of(PeriodKind.QUARTER, first));
		assertThat(DashboardPeriod.parse("WEEK", "tháng bảy", YearMonth.of(2024, 9), first, last))
			.isEqualTo(DashboardPeriod.of(PeriodKind.MONTH, YearMonth.of(2024, 9)));
		assertThat(DashboardPeriod.parse("HALF_YEAR", " 2024-08 ", today, first, last).kind())
			.isEqualTo(PeriodKind.HALF_YEAR);
	}
}
