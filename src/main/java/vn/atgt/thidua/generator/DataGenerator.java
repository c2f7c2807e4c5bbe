package vn.atgt.thidua.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.report.ReportCompletions;

/**
 * {@code --generate=province|national}: fills an empty PostgreSQL database with the generated data set, logging each
 * step with its rows and time, then stops the application. Without the argument it does nothing. Each province is
 * written in one transaction per step, so that a failure leaves whole steps; the database must hold no committee yet.
 */
@Component
@Order(0)
class DataGenerator implements ApplicationRunner {

	static final String PASSWORD = "demo1234";
	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final ConfigurableApplicationContext context;
	private final DataSource dataSource;
	private final ReportCompletions completions;

	DataGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords, Clock clock,
			ConfigurableApplicationContext context, DataSource dataSource, ReportCompletions completions) {
		this.completions = completions;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwords = passwords;
		this.clock = clock;
		this.context = context;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption("generate")) {
			return;
		}
		int code = 0;
		try {
			generate(Scale.of(args.getOptionValues("generate").get(0)));
		}
		catch (RuntimeException e) {
			log.error("The generator stopped: {}", e.getMessage(), e);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	private void generate(Scale scale) throws Exception {
		try (var connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				throw new IllegalStateException("the generator writes PostgreSQL only (SPRING_PROFILES_ACTIVE=postgres)");
			}
		}
		if (jdbc.queryForObject("SELECT COUNT(*) FROM committees", Long.class) > 0) {
			throw new IllegalStateException("the database already holds data: generate into an empty database");
		}
		long start = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
		String hash = passwords.encode(PASSWORD);
		log.info("Generating the {} data set ({} province(s)) for {}", scale.name(), scale.provinces(), today);
		for (int number = 1; number <= scale.provinces(); number++) {
			province(number, today, hash);
		}
		// outside a transaction: VACUUM sets the visibility map (index-only scans, as on a database in use for a
		// while) and ANALYZE the planner's statistics
		long vacuum = System.nanoTime();
		jdbc.execute("VACUUM (ANALYZE)");
		log.info("VACUUM (ANALYZE): {} s", seconds(vacuum));
		log.info("Generated the {} data set in {} s. Rows: {}", scale.name(), seconds(start), counts());
	}

	private void province(int number, LocalDate today, String hash) {
		GeneratedOrganisation organisation = new GeneratedOrganisation(jdbc);
		GeneratedCampaigns campaigns = new GeneratedCampaigns(jdbc);
		GeneratedReports reports = new GeneratedReports(jdbc);
		GeneratedActivity activity = new GeneratedActivity(jdbc);
		Province[] p = new Province[1];
		String at = "province " + number + ": ";
		step(at + "areas, committees, units, accounts", () -> {
			p[0] = organisation.create(number, today, hash);
			return jdbc.queryForObject("SELECT COUNT(*) FROM units WHERE committee_id = ?", Integer.class,
					p[0].committeeId());
		});
		step(at + "campaigns, task areas, periods, participants", () -> {
			campaigns.create(p[0]);
			return Scale.CAMPAIGNS;
		});
		step(at + "registrations and targets", () -> {
			campaigns.registrations(p[0]);
			return jdbc.queryForObject("SELECT COUNT(*) FROM targets", Integer.class);
		});
		List<Long> ids = reports.campaigns(p[0]);
		for (long campaign : ids) {
			step(at + "campaign " + campaign + " reports", () -> reports.reports(p[0], campaign));
			step(at + "campaign " + campaign + " progress entries", () -> reports.entries(campaign));
			// the reports were written without the workflow that keeps each approved target's value: rebuilt at once
			step(at + "campaign " + campaign + " target values", () -> completions.rebuild(campaign));
		}
		step(at + "narratives and evidence of the current campaign", () -> {
			reports.narrativesAndEvidence(ids.get(ids.size() - 1));
			return 0;
		});
		step(at + "accident sheet lines", () -> activity.accidents(p[0]));
		step(at + "black spots", () -> activity.blackSpots(p[0]));
		step(at + "notifications", () -> activity.notifications(p[0]));
		step(at + "audit entries", () -> activity.audit(p[0]));
	}

	private void step(String name, IntSupplier work) {
		long start = System.nanoTime();
		Integer rows = transactions.execute(status -> work.getAsInt());
		log.info("{}: {} rows, {} s", name, rows, seconds(start));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("areas", "committees", "units", "users", "campaigns", "campaign_participants",
				"target_registrations", "targets", "progress_reports", "progress_entries", "report_transitions",
				"report_narratives", "report_evidence", "accident_sheets", "accident_sheet_lines", "black_spots",
				"notifications", "audit_entries", "audit_changes")) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		counts.put("database bytes", jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class));
		return counts;
	}

	private static String seconds(long start) {
		return "%.1f".formatted((System.nanoTime() - start) / 1e9);
	}
}
