package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The year-end read ({@link ReportProgress#progress(Long)}, from the value kept per target) gives row for row what the
 * aggregate over every accepted report gives (the range read over all periods), on a hand-built campaign: two units,
 * a percentage (the latest value stands), a milestone done, a returned report and a report of another cadence, neither
 * counted.
 */
@ThiDuaIntegrationTest
class ReportProgressTests {

	private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
	private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

	@Autowired
	ReportFixture fixture;

	@Autowired
	ReportProgress progress;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theKeptYearEndReadEqualsTheAggregateOverEveryAcceptedReport() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		// a quarterly review beside the monthly reports: the same months again, never added in
		fixture.periods.generate(TestUsers.STANDING_OFFICE, m.campaignId(),
				new PeriodGeneration(Cadence.QUARTERLY, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), 20, false));
		PeriodView quarter = fixture.campaigns.periods(m.campaignId()).stream()
			.filter(p -> p.cadence() == Cadence.QUARTERLY).findFirst().orElseThrow();
		Movement quarterly = new Movement(m.campaignId(), m.committeeId(), m.areas(), List.of(quarter), m.police(),
				m.banBo(), m.office());

		fixture.report(m, police, 7).with(Map.of(CHECKS, "4100", ALCOHOL, "37", ACCIDENTS, "8", PLEDGES, "95"), false)
			.submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "100", ALCOHOL, "40", ACCIDENTS, "6", PLEDGES, "97"), true)
			.submittedOn(18, 9).accepted();
		fixture.report(m, police, 9).with(Map.of(CHECKS, "50", ALCOHOL, "1", ACCIDENTS, "1", PLEDGES, "99"), true)
			.submittedOn(18, 10).returned("Thiếu minh chứng", Map.of());
		fixture.report(quarterly, police, 7)
			.with(Map.of(CHECKS, "9999", ALCOHOL, "99", ACCIDENTS, "9", PLEDGES, "10"), true)
			.submittedOn(5, 10).accepted();
		fixture.report(m, banBo, 7).filled().submittedOn(19, 8).accepted();
		fixture.report(m, banBo, 8).filled().submittedOn(19, 9);

		List<TargetProgressRow> kept = progress.progress(m.campaignId());
		List<TargetProgressRow> summed = progress.progress(m.campaignId(), EVER_FROM, EVER_TO);
		assertThat(kept).hasSize(10)
			.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
			.containsExactlyElementsOf(summed);
		assertThat(progress.progress(m.campaignId(), m.police().id()))
			.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
			.containsExactlyElementsOf(kept.stream().filter(r -> r.unitId().equals(m.police().id())).toList());

		assertThat(row(kept, police, CHECKS)).satisfies(r -> {
			assertThat(r.cumulativeValue()).as("July and August, not the returned September nor the quarter")
				.isEqualByComparingTo("4200");
			assertThat(r.acceptedReports()).isEqualTo(2);
			assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 8, 31));
			assertThat(r.cadence()).isEqualTo(Cadence.MONTHLY);
		});
		assertThat(row(kept, police, PLEDGES).cumulativeValue()).as("a percentage: the latest accepted")
			.isEqualByComparingTo("97");
		assertThat(row(kept, police, MILESTONE).milestoneDone()).isTrue();
		assertThat(row(kept, police, MILESTONE).cumulativeValue()).isNull();
		assertThat(row(kept, banBo, CHECKS)).satisfies(r -> {
			assertThat(r.cumulativeValue()).isEqualByComparingTo("420");
			assertThat(r.acceptedReports()).isEqualTo(1);
			assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 7, 31));
		});
		assertThat(row(kept, banBo, MILESTONE).milestoneDone()).isFalse();
		// the six-month read over August alone
		assertThat(row(progress.progress(m.campaignId(), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31)), police,
				PLEDGES).cumulativeValue()).isEqualByComparingTo("97");
	}

	private static TargetProgressRow row(List<TargetProgressRow> rows, Team team, String name) {
		return rows.stream().filter(r -> r.targetId().equals(team.target(name))).findFirst().orElseThrow();
	}
}
