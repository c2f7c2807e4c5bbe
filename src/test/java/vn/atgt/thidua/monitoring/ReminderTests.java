package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The reminder job, against PostgreSQL and the in-test SMTP server (GreenMail): two days before July's due date
 * (20/08/2024) the units that have not sent their report are reminded, after it they get an overdue notice, each
 * once per unit, item and kind, even when two runs (two nodes) start at the same moment; the e-mails arrive with
 * their Vietnamese subject and body intact, one per person.
 */
@ThiDuaIntegrationTest
class ReminderTests {

	@Autowired
	ReminderService reminders;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	NotificationService notifications;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void twoRunsAtTheSameMomentSendEachReminderOnceAndOneEmailPerPerson() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m.police());
		Team banBo = fixture.team(m.banBo());
		Team naTam = fixture.team(m.naTam());
		fixture.report(m, police, 7).submittedOn(17, 8);
		fixture.report(m, naTam, 7);
		clock.setInstant(at(18, 8, 7, 0));

		List<ReminderRun> runs = concurrently(() -> reminders.sendDue(m.campaignId()),
				() -> reminders.sendDue(m.campaignId()));

		// Bản Bo and Nà Tăm (a draft is not sent) with their people, and the education office, which has nobody
		assertThat(runs.stream().mapToInt(ReminderRun::sent).sum()).isEqualTo(3);
		assertThat(runs.stream().mapToInt(ReminderRun::alreadySent).sum()).isEqualTo(3);
		assertThat(runs.stream().mapToInt(ReminderRun::notified).sum()).isEqualTo(4);
		assertThat(runs.stream().mapToInt(ReminderRun::failed).sum()).isZero();
		assertThat(logged(m)).containsExactlyInAnyOrder("PERIOD-" + m.month(7).id() + " " + m.banBo().id()
				+ " DEADLINE_APPROACHING", "PERIOD-" + m.month(7).id() + " " + m.naTam().id() + " DEADLINE_APPROACHING",
				"PERIOD-" + m.month(7).id() + " " + m.education().id() + " DEADLINE_APPROACHING");

		String text = "Nhắc việc: hạn nộp báo cáo kết quả Tháng 7/2024 là ngày 20/08/2024 (Kế hoạch số "
				+ m.planNumber() + "); đơn vị chưa gửi báo cáo.";
		for (CurrentUser user : List.of(banBo.officer(), banBo.head(), naTam.officer(), naTam.head())) {
			assertThat(of(user, NotificationKind.DEADLINE_APPROACHING)).singleElement()
				.satisfies(n -> assertThat(n.link()).startsWith("/"));
			List<MimeMessage> mails = mails(fixture.emailOf(user));
			assertThat(mails).as("e-mails to " + user.username()).hasSize(1);
			assertThat(mails.get(0).getSubject()).isEqualTo("[Thi đua ATGT] " + text);
			String body = GreenMailUtil.getBody(mails.get(0));
			assertThat(mails.get(0).getContent().toString()).contains(text)
				.contains("Xem chi tiết: http://localhost:8080/")
				.contains("Thư tự động từ phần mềm Thi đua ATGT");
			assertThat(body).isNotBlank();
		}
		assertThat(of(police.head(), NotificationKind.DEADLINE_APPROACHING)).isEmpty();
		assertThat(mails(fixture.emailOf(police.head()))).isEmpty();
		// the draft's reminder leads to the draft
		assertThat(of(naTam.head(), NotificationKind.DEADLINE_APPROACHING).get(0).link()).startsWith("/reports/");

		// the next morning: nothing new; after the due date, the overdue notice, once
		clock.setInstant(at(19, 8, 7, 0));
		assertThat(reminders.sendDue(m.campaignId()).sent()).isZero();
		clock.setInstant(at(21, 8, 7, 0));
		runs = concurrently(() -> reminders.sendDue(m.campaignId()), () -> reminders.sendDue(m.campaignId()));
		assertThat(runs.stream().mapToInt(ReminderRun::sent).sum()).isEqualTo(3);
		clock.setInstant(at(22, 8, 7, 0));
		assertThat(reminders.sendDue(m.campaignId()).sent()).isZero();
		for (CurrentUser user : List.of(banBo.head(), naTam.officer())) {
			assertThat(of(user, NotificationKind.DEADLINE_OVERDUE)).singleElement();
			assertThat(mails(fixture.emailOf(user))).hasSize(2);
		}
		assertThat(of(banBo.head(), NotificationKind.DEADLINE_OVERDUE).get(0).args()[0]).isEqualTo("Tháng 7/2024");
	}

	@Test
	void aReminderAnotherNodeLoggedIsNotSentAgainAndNothingIsSentBeforeTheWindowOrForWhatIsIn() throws Exception {
		Movement m = fixture.movement();
		Team banBo = fixture.team(m.banBo());
		Team naTam = fixture.team(m.naTam());
		fixture.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		fixture.registration(m, banBo).submittedOn(14, 7);

		// three days before the registration deadline: too early for it, and for July's report
		clock.setInstant(at(12, 7, 7, 0));
		assertThat(reminders.sendDue(m.campaignId()).sent()).isZero();

		// 15/07, the registration deadline: every unit but Bản Bo is reminded of it
		clock.setInstant(at(15, 7, 7, 0));
		jdbc.update("INSERT INTO sent_reminders (campaign_id, period_id, item_key, unit_id, kind, changed_at, changed_by) "
				+ "VALUES (?, NULL, 'REGISTRATION', ?, 'DEADLINE_APPROACHING', ?, 'system')", m.campaignId(),
				m.police().id(), java.sql.Timestamp.from(Instant.now()));
		ReminderRun run = reminders.sendDue(m.campaignId());
		assertThat(run.sent()).isEqualTo(2);
		assertThat(run.alreadySent()).isEqualTo(1);
		assertThat(of(naTam.head(), NotificationKind.DEADLINE_APPROACHING)).singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/campaigns/" + m.campaignId() + "/targets"));
		assertThat(of(banBo.head(), NotificationKind.DEADLINE_APPROACHING)).isEmpty();
		assertThat(mails(fixture.emailOf(naTam.head())).get(0).getSubject()).isEqualTo("[Thi đua ATGT] Nhắc việc: hạn "
				+ "đăng ký thi đua theo Kế hoạch số " + m.planNumber() + " là ngày 15/07/2024; đơn vị chưa gửi đăng ký.");

		// the day after: overdue, except for a unit that has left the campaign; a closed campaign reminds nobody
		fixture.takesPart(m, m.naTam(), null, LocalDate.of(2024, 7, 15));
		clock.setInstant(at(16, 7, 7, 0));
		assertThat(reminders.sendDue(m.campaignId()).sent()).isEqualTo(2);
		assertThat(logged(m)).contains("REGISTRATION " + m.police().id() + " DEADLINE_OVERDUE",
				"REGISTRATION " + m.education().id() + " DEADLINE_OVERDUE");
		assertThat(of(naTam.head(), NotificationKind.DEADLINE_OVERDUE)).isEmpty();
		clock.setInstant(at(2, 8, 7, 0));
		fixture.campaigns.close(TestUsers.STANDING_OFFICE, m.campaignId());
		clock.setInstant(at(21, 8, 7, 0));
		assertThat(reminders.sendDue(m.campaignId()).sent()).isZero();
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	@SafeVarargs
	private static List<ReminderRun> concurrently(Callable<ReminderRun>... jobs) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ReminderRun>> futures = new ArrayList<>();
			for (Callable<ReminderRun> job : jobs) {
				futures.add(pool.submit(() -> {
					start.await();
					return job.call();
				}));
			}
			start.countDown();
			List<ReminderRun> runs = new ArrayList<>();
			for (Future<ReminderRun> future : futures) {
				runs.add(future.get(60, TimeUnit.SECONDS));
			}
			return runs;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> logged(Movement m) {
		return jdbc.queryForList("SELECT item_key || ' ' || unit_id || ' ' || kind FROM sent_reminders WHERE campaign_id = ?",
				String.class, m.campaignId());
	}

	private List<NotificationRow> of(CurrentUser user, NotificationKind kind) {
		return notifications.page(user.id(), PageRequest.of(0, 50)).getContent().stream()
			.filter(n -> n.kind() == kind)
			.toList();
	}

	private List<MimeMessage> mails(String address) {
		return Mailbox.of(greenMail, address);
	}
}
