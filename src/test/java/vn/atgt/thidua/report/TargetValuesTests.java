package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.report.internal.TargetValues;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The value kept per approved target (target_values, read by {@link ReportCompletions}) follows every decision in the
 * same transaction: accepting a report adds it in, reopening it takes it out, returning a submitted report changes
 * nothing, reopening the registration forgets its targets; and a campaign rebuilt from scratch by the one set-based
 * statement holds exactly what the decisions kept.
 */
@ThiDuaIntegrationTest
class TargetValuesTests {

	@Autowired
	ReportFixture fixture;

	@Autowired
	ReportService reports;

	@Autowired
	ReportCompletions completions;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TargetValues values;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void acceptingReopeningAndReturningAReportChangeTheKeptValueAsTheyChangeWhatIsAccepted() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		// approved: every target kept at zero, the milestone not done
		assertThat(value(police, CHECKS)).isEqualByComparingTo("0");
		assertThat(done(police, MILESTONE)).isFalse();

		ReportFixture.ReportBuilder july = fixture.report(m, police, 7)
			.with(Map.of(CHECKS, "4100", ALCOHOL, "37", ACCIDENTS, "8", PLEDGES, "95"), true)
			.submittedOn(19, 8);
		assertThat(value(police, CHECKS)).as("submitted, not accepted").isEqualByComparingTo("0");
		july.accepted();
		assertThat(value(police, CHECKS)).isEqualByComparingTo("4100");
		assertThat(value(police, PLEDGES)).isEqualByComparingTo("95");
		assertThat(done(police, MILESTONE)).isTrue();
		assertThat(value(police, MILESTONE)).isNull();

		ReportFixture.ReportBuilder august = fixture.report(m, police, 8)
			.with(Map.of(CHECKS, "100", ALCOHOL, "40", ACCIDENTS, "6", PLEDGES, "97"), false)
			.submittedOn(18, 9)
			.returned("Thiếu minh chứng", Map.of());
		assertThat(value(police, CHECKS)).as("returned: nothing accepted changed").isEqualByComparingTo("4100");
		august.submittedOn(19, 9).accepted();
		assertThat(value(police, CHECKS)).isEqualByComparingTo("4200");
		assertThat(value(police, ACCIDENTS)).isEqualByComparingTo("14");
		assertThat(value(police, PLEDGES)).as("a percentage: the latest").isEqualByComparingTo("97");

		ReportView accepted = july.view();
		reports.reopen(m.office(), july.id(), accepted.version(), "Sai số liệu tháng 7");
		assertThat(value(police, CHECKS)).as("reopened: July no longer counts").isEqualByComparingTo("100");
		assertThat(done(police, MILESTONE)).isFalse();
		assertThat(rows(m)).isEqualTo(rebuilt(m));

		long version = registrations.registration(m.office(), m.campaignId(), m.police().id()).version();
		registrations.reopen(m.office(), m.campaignId(), m.police().id(), version, "Điều chỉnh chỉ tiêu");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_values WHERE unit_id = ?", Long.class,
				m.police().id())).as("no target of a reopened registration is approved").isZero();
	}

	@Test
	void aCampaignRebuiltByTheOneStatementHoldsWhatTheDecisionsKept() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		fixture.report(m, police, 7).filled().submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "7", ALCOHOL, "3", ACCIDENTS, "0", PLEDGES, "99"), true)
			.submittedOn(18, 9).accepted();
		fixture.report(m, banBo, 7).filled().submittedOn(19, 8).accepted();
		fixture.report(m, banBo, 8).filled().submittedOn(19, 9);
		List<Map<String, Object>> kept = rows(m);
		assertThat(kept).hasSize(10);

		assertThat(rebuilt(m)).isEqualTo(kept);
	}

	@Test
	void twoTransactionsKeepingOneUnitsValuesAtOnceTakeTurns() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		fixture.report(m, police, 7).filled().submittedOn(19, 8).accepted();
		Long campaignId = m.campaignId();
		Long unitId = police.unit().id();
		BigDecimal accepted = value(police, CHECKS);
		assertThat(accepted).isPositive();
		CountDownLatch kept = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			values.keep(campaignId, unitId);
			kept.countDown();
			await(commit);
		}));
		assertThat(kept.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture.runAsync(
				() -> transactions.executeWithoutResult(tx -> values.keep(campaignId, unitId)));
		waitUntilABackendWaitsForALock();
		commit.countDown();

		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		assertThat(value(police, CHECKS)).isEqualByComparingTo(accepted);
		assertThat(rows(m)).isEqualTo(rebuilt(m));
	}

	/** The second transaction has reached the point where it waits for the first (up to 30 s). */
	private void waitUntilABackendWaitsForALock() throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			Integer waiting = jdbc.queryForObject("""
					SELECT COUNT(*) FROM pg_stat_activity
					WHERE datname = current_database() AND wait_event_type = 'Lock'""", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the second transaction never waited for the first");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Rebuilds the campaign's values with the one statement and reads them back. */
	private List<Map<String, Object>> rebuilt(Movement m) {
		assertThat(completions.rebuild(m.campaignId())).isEqualTo(rows(m).size());
		return rows(m);
	}

	private List<Map<String, Object>> rows(Movement m) {
		return jdbc.queryForList("SELECT * FROM target_values WHERE campaign_id = ? ORDER BY target_id",
				m.campaignId());
	}

	private BigDecimal value(Team team, String target) {
		return jdbc.queryForObject("SELECT reached FROM target_values WHERE target_id = ?", BigDecimal.class,
				team.target(target));
	}

	private boolean done(Team team, String target) {
		return jdbc.queryForObject("SELECT done FROM target_values WHERE target_id = ?", Boolean.class,
				team.target(target));
	}
}
