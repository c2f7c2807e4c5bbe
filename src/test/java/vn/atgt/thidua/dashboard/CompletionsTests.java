package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.report.TargetProgressRow;

/** How targets are judged and counted on the dashboard, by hand (a campaign of 100 days, half of them gone). */
class CompletionsTests {

	private static final LocalDate START = LocalDate.of(2024, 1, 1);
	private static final LocalDate END = START.plusDays(99);
	private static final LocalDate HALF = START.plusDays(49);
	private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

	@Test
	void eachTargetIsJudgedByItsDirection() {
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_LEAST, 100, 100, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.MET);
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_LEAST, 100, 50, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.ON_TRACK);
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_LEAST, 100, 49, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.BEHIND);
		// a reduction target ("≤ 12 vụ") is met while the value stays within the limit, and failed once over it
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_MOST, 12, 5, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.MET);
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_MOST, 12, 12, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.MET);
		assertThat(TargetStanding.of(row(1L, TargetDirection.AT_MOST, 2, 4, null), FIFTY, HALF))
			.isEqualTo(TargetStanding.BEHIND);
		assertThat(TargetStanding.of(milestone(false, END), FIFTY, HALF)).isEqualTo(TargetStanding.ON_TRACK);
		assertThat(TargetStanding.of(milestone(false, HALF.minusDays(1)), FIFTY, HALF))
			.isEqualTo(TargetStanding.BEHIND);
		assertThat(TargetStanding.of(milestone(true, HALF.minusDays(1)), FIFTY, HALF)).isEqualTo(TargetStanding.MET);
	}

	@Test
	void theShareOfTimeGoneCountsTheDaysOfTheCampaign() {
		assertThat(Completions.elapsedPercent(START, END, HALF)).isEqualByComparingTo("50.0");
		assertThat(Completions.elapsedPercent(START, END, START.minusDays(3))).isEqualByComparingTo("0");
		assertThat(Completions.elapsedPercent(START, END, END.plusDays(30))).isEqualByComparingTo("100.0");
	}

	@Test
	void tallysByTaskAreaAndUnitAndTheSuggestedIndicatorsSummedAcrossUnits() {
		CampaignView campaign = new CampaignView(1L, 1L, "06/KH-BATGT", START, null, "Phong trào", null, null, null,
				START, END, 2023, CampaignGoals.all(), AccidentPeriodConvention.CALENDAR_MONTH, CampaignStatus.ACTIVE,
				0);
		List<TaskAreaView> areas = List.of(new TaskAreaView(10L, 1, "Tuyên truyền", null, 0),
				new TaskAreaView(20L, 2, "Kiểm tra", null, 0));
		List<TargetProgressRow> rows = List.of(
				suggested(1L, 500, 842 - 300), suggested(2L, 550, 300), row(1L, TargetDirection.AT_MOST, 12, 5, null),
				new TargetProgressRow(2L, 9L, 10L, TargetKind.QUANTITATIVE, "Tỷ lệ trường có đội ATGT", "%",
						TargetDirection.AT_LEAST, BigDecimal.valueOf(100), null, Cadence.MONTHLY,
						BigDecimal.valueOf(80), false, 2, HALF, 8L));
		Completions c = Completions.of(campaign, areas, rows, HALF);
		TaskAreaCompletion first = c.taskAreas().get(0);
		assertThat(first.tally()).isEqualTo(new Tally(4, 2, 2, 0));
		assertThat(first.indicators()).singleElement().satisfies(s -> {
			assertThat(s.name()).isEqualTo("Số buổi tuyên truyền");
			assertThat(s.achieved()).isEqualByComparingTo("842");
			assertThat(s.target()).isEqualByComparingTo("1050");
			assertThat(s.units()).isEqualTo(2);
		});
		assertThat(c.taskAreas().get(1).tally()).isEqualTo(Tally.EMPTY);
		assertThat(c.unit(1L)).isEqualTo(new Tally(2, 2, 0, 0));
		assertThat(c.unit(2L, 10L)).isEqualTo(new Tally(2, 0, 2, 0));
		assertThat(c.unit(3L)).isEqualTo(Tally.EMPTY);
		assertThat(new Tally(3, 0, 1, 2).isLow()).isTrue();
		assertThat(new Tally(4, 1, 1, 2).isLow()).isFalse();
		assertThat(new Tally(3, 1, 0, 2).metPercent()).isEqualByComparingTo("33.3");
	}

	private static TargetProgressRow suggested(Long unitId, int target, int value) {
		return new TargetProgressRow(unitId, unitId * 100, 10L, TargetKind.QUANTITATIVE, "Số buổi tuyên truyền",
				"buổi", TargetDirection.AT_LEAST, BigDecimal.valueOf(target), null, Cadence.MONTHLY,
				BigDecimal.valueOf(value), false, 2, HALF, 7L);
	}

	private static TargetProgressRow row(Long unitId, TargetDirection direction, int target, int value, Long suggestion) {
		return new TargetProgressRow(unitId, unitId * 100 + 1, 10L, TargetKind.QUANTITATIVE, "Số vụ", "vụ", direction,
				BigDecimal.valueOf(target), null, Cadence.MONTHLY, BigDecimal.valueOf(value), false, 2, HALF,
				suggestion);
	}

	private static TargetProgressRow milestone(boolean done, LocalDate due) {
		return new TargetProgressRow(1L, 5L, 10L, TargetKind.MILESTONE, "Ra mắt mô hình", null, null, null, due,
				Cadence.MONTHLY, null, done, 1, HALF, null);
	}
}
