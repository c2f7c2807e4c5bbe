package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.util.TestSocketUtils;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.monitoring.ReminderService;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestClockConfiguration;
import vn.atgt.thidua.support.TestUsers;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer (DESIGN.md §10, issue 20): two Spring
 * contexts on two ports of this JVM, each with its own connection pool, scheduler and clock, sharing only the
 * database (sessions, the scheduler lock, the reminders' sent-log) and one SMTP server. A user signs in on node A,
 * goes on on node B with the same session cookie and saves her report draft there; node A stops and she notices
 * nothing. The reminder job, started on both nodes at the same moment, runs once and sends each reminder once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private static final String SERVER = serverUrl();
	private static final String DATABASE = "thidua_nodes_" + ProcessHandle.current().pid();
	// the role of SPRING_DATASOURCE_* when set (CI gives it CREATEDB), else the local server's superuser
	private static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
	private static final String PASSWORD = env("SPRING_DATASOURCE_URL", "").isBlank() ? ""
			: env("SPRING_DATASOURCE_PASSWORD", "");

	GreenMail mail;
	ConfigurableApplicationContext nodeA;
	ConfigurableApplicationContext nodeB;

	@BeforeAll
	void startTwoNodes() {
		execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
				+ "ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'");
		mail = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		nodeA = node("A");
		nodeB = node("B");
	}

	@AfterAll
	void stop() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null && nodeA.isActive()) {
			nodeA.close();
		}
		if (mail != null) {
			mail.stop();
		}
		execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
	}

	@Test
	void aSessionAndItsDraftSurviveTheNodeItBeganOnAndTheReminderJobRunsOnceOnTwoNodes() throws Exception {
		MonitoringFixture fixture = nodeA.getBean(MonitoringFixture.class);
		Movement m = fixture.movement();
		Team police = fixture.team(m.police());
		Team banBo = fixture.team(m.banBo());
		Team naTam = fixture.team(m.naTam());
		fixture.report(m, police, 7).submittedOn(17, 8);
		fixture.report(m, naTam, 7);
		Long draft = fixture.report(m, banBo, 7).id();

		theReminderJobStartedOnBothNodesAtOnceSendsEachReminderOnce(fixture, m, banBo, naTam);
		theSessionAndTheDraftSurviveNodeA(banBo.officer(), draft);
	}

	private void theReminderJobStartedOnBothNodesAtOnceSendsEachReminderOnce(MonitoringFixture fixture, Movement m,
			Team banBo, Team naTam) throws Exception {
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			node.getBean(MutableClock.class).setInstant(at(18, 8, 7, 0));
		}
		Logger jobLog = (Logger) LoggerFactory.getLogger(ReminderService.class);
		ListAppender<ILoggingEvent> runs = new ListAppender<>();
		runs.start();
		jobLog.addAppender(runs);
		try {
			atTheSameMoment(reminderJob(nodeA), reminderJob(nodeB));
		}
		finally {
			jobLog.detachAppender(runs);
		}

		// one node ran the job (one summary line), the other skipped it: the lock row was taken
		assertThat(runs.list).filteredOn(e -> e.getFormattedMessage().startsWith("Reminders:")).singleElement()
			.satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("Reminders: 3 sent (4 people notified)"));
		JdbcTemplate database = nodeB.getBean(JdbcTemplate.class);
		assertThat(database.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'reminders'", Integer.class))
			.isEqualTo(1);
		assertThat(database.queryForObject("SELECT COUNT(*) FROM sent_reminders WHERE campaign_id = ?", Integer.class,
				m.campaignId())).isEqualTo(3);
		for (CurrentUser user : List.of(banBo.officer(), banBo.head(), naTam.officer(), naTam.head())) {
			String address = fixture.emailOf(user);
			assertThat(List.of(mail.getReceivedMessages())).as("e-mails to " + address)
				.filteredOn(message -> recipients(message).contains(address)).hasSize(1);
		}
	}

	private void theSessionAndTheDraftSurviveNodeA(CurrentUser officer, Long draft) {
		HttpUserAgent onA = new HttpUserAgent(port(nodeA));
		assertThat(onA.signIn(officer.username(), TestUsers.PASSWORD)).endsWith("/");
		assertThat(onA.get("/").statusCode()).isEqualTo(200);

		HttpUserAgent onB = onA.at(port(nodeB));
		String page = "/reports/" + draft;
		HttpResponse<String> form = onB.get(page);
		assertThat(form.statusCode()).as("node B knows the session begun on node A").isEqualTo(200);
		String version = Jsoup.parse(form.body()).select("form#report-form input[name=version]").val();
		String text = "Lưu trên nút B, sau khi đăng nhập trên nút A.";
		HttpResponse<String> saved = onB.postMultipart(page, page, Map.of("version", version, "difficulties", text),
				null, null, null);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));

		nodeA.close();

		HttpResponse<String> again = onB.get(page);
		assertThat(again.statusCode()).as("still signed in after node A stopped").isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("textarea[name=difficulties]").text()).isEqualTo(text);
		assertThat(onB.get("/").statusCode()).isEqualTo(200);
	}

	private static List<String> recipients(jakarta.mail.internet.MimeMessage message) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What the node's scheduler runs at the reminders' time: the scheduled method, through its lock. */
	private static Runnable reminderJob(ConfigurableApplicationContext node) {
		for (ScheduledTask task : node.getBean(ScheduledTaskHolder.class).getScheduledTasks()) {
			if (task.getTask().getRunnable().toString().contains("ReminderSchedule.run")) {
				return task.getTask().getRunnable();
			}
		}
		throw new IllegalStateException("no reminder job scheduled on the node");
	}

	private static void atTheSameMoment(Runnable... jobs) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Runnable job : jobs) {
				running.add(pool.submit(() -> {
					start.await();
					job.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> job : running) {
				job.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(ThiDuaApplication.class, TestClockConfiguration.class)
			.profiles("test")
			.initializers(context -> context.getBeanFactory().registerSingleton("testConfigurationsExcluded",
					new TestConfigurationsExcluded()))
			.run("--server.port=0", "--spring.datasource.url=" + SERVER + DATABASE,
					"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
					"--spring.datasource.hikari.pool-name=node-" + name, "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + mail.getSmtp().getPort(), "--thidua.reminders.enabled=true",
					// the job runs when the test says (the real schedule would be 07:00 every day)
					"--thidua.reminders.cron=0 0 0 29 2 *", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	/** The PostgreSQL server of the other tests (SPRING_DATASOURCE_URL's, else the local one). */
	private static String serverUrl() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url == null || url.isBlank() || !url.startsWith("jdbc:postgresql://")) {
			return "jdbc:postgresql://127.0.0.1:5432/";
		}
		String rest = url.substring("jdbc:postgresql://".length());
		return "jdbc:postgresql://" + rest.substring(0, rest.indexOf('/') + 1);
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("two nodes need a PostgreSQL database of their own: " + sql, e);
		}
	}

	/**
	 * The nodes scan the test classes too (the fixtures are components); the tests' own configurations (the test
	 * database, MockMvc's session ids) are theirs, not a node's.
	 */
	static final class TestConfigurationsExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation("org.springframework.boot.test.context.TestConfiguration");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestConfigurationsExcluded;
		}

		@Override
		public int hashCode() {
			return TestConfigurationsExcluded.class.hashCode();
		}
	}
}
