package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.report.CompletionCount;
import vn.atgt.thidua.report.CompletionCount.Level;
import vn.atgt.thidua.report.ReportCompletions;

/**
 * The dashboard's completion figures by hand: the share of time gone, the counts the database made indexed by task
 * area and unit (none added up in Java), the tally's share met and "low". How each target is judged is asserted on
 * real data by DashboardPageTests, ResultsPageTests and ReportCompletionsTests.
 */
class CompletionsTests {

	private static final LocalDate START = LocalDate.of(2024, 1, 1);
	private static final LocalDate END = START.plusDays(99);
	private static final LocalDate HALF = START.plusDays(49);

	@Test
	void theShareOfTimeGoneCountsTheDaysOfTheCampaign() {
		assertThat(ReportCompletions.elapsedPercent(START, END, HALF)).isEqualByComparingTo("50.0");
		assertThat(ReportCompletions.elapsedPercent(START, END, START.minusDays(3))).isEqualByComparingTo("0");
		assertThat(ReportCompletions.elapsedPercent(START, END, END.plusDays(30))).isEqualByComparingTo("100.0");
	}

	@Test
	void theCountsAreIndexedByTaskAreaAndUnitWithTheSummedIndicators() {
		List<CompletionCount> counts = List.of(count(Level.UNIT_AREA, 1L, 10L, 2, 2, 0, 0),
				count(Level.UNIT_AREA, 2L, 10L, 2, 0, 2, 0), area(20L, 2, "Kiểm tra", 0, 0, 0, 0), area(10L, 1, "Tuyên truyền", 4, 2, 2, 0),
				count(Level.UNIT, 1L, null, 2, 2, 0, 0), count(Level.UNIT, 2L, null, 2, 0, 2, 0),
				count(Level.TOTAL, null, null, 4, 2, 2, 0),
				new CompletionCount(Level.INDICATOR, null, 10L, 7L, 2, 0, 0, 0, BigDecimal.valueOf(842),
						BigDecimal.valueOf(1050), "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST, null));
		Completions c = Completions.of(counts);
		assertThat(c.taskAreas()).extracting(TaskAreaCompletion::number).containsExactly(1, 2);
		TaskAreaCompletion first = c.taskAreas().get(0);
		assertThat(first.title()).isEqualTo("Tuyên truyền");
		assertThat(first.tally()).isEqualTo(new Tally(4, 2, 2, 0));
		assertThat(first.indicators()).singleElement().satisfies(s -> {
			assertThat(s.name()).isEqualTo("Số buổi tuyên truyền");
			assertThat(s.achieved()).isEqualByComparingTo("842");
			assertThat(s.target()).isEqualByComparingTo("1050");
			assertThat(s.units()).isEqualTo(2);
		});
		assertThat(c.taskAreas().get(1).tally()).isEqualTo(Tally.EMPTY);
		assertThat(c.taskAreas().get(1).indicators()).isEmpty();
		assertThat(c.area(10L)).isEqualTo(new Tally(4, 2, 2, 0));
		assertThat(c.unit(1L)).isEqualTo(new Tally(2, 2, 0, 0));
		assertThat(c.unit(2L, 10L)).isEqualTo(new Tally(2, 0, 2, 0));
		assertThat(c.unit(3L)).isEqualTo(Tally.EMPTY);
		assertThat(c.total()).isEqualTo(new Tally(4, 2, 2, 0));
		assertThat(new Tally(3, 0, 1, 2).isLow()).isTrue();
		assertThat(new Tally(4, 1, 1, 2).isLow()).isFalse();
		assertThat(new Tally(3, 1, 0, 2).metPercent()).isEqualByComparingTo("33.3");
	}

	private static CompletionCount count(Level level, Long unit, Long area, int targets, int met, int onTrack,
			int behind) {
		return new CompletionCount(level, unit, area, null, targets, met, onTrack, behind, null, null, null, null, null,
				null);
	}

	private static CompletionCount area(Long id, int number, String title, int targets, int met, int onTrack,
			int behind) {
		return new CompletionCount(Level.AREA, null, id, null, targets, met, onTrack, behind, null, null, title, null,
				null, number);
	}
}
