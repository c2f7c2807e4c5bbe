package vn.atgt.thidua.common.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded default's backup (H2 only; PostgreSQL is backed up with {@code pg_dump}, README "Backups"): every night
 * the running database writes itself, consistently, as a compressed SQL script ({@code SCRIPT TO ... COMPRESSION
 * ZIP}) into {@code thidua.backup.dir} ({@code ./data/backups}), and the last {@code thidua.backup.keep} scripts are
 * kept. README "Backups" gives the command that restores one into an empty {@code ./data} folder.
 */
@Component
class EmbeddedDatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

	private final JdbcTemplate jdbc;
	private final Path folder;
	private final int keep;
	private final Clock clock;
	private final boolean embedded;

	EmbeddedDatabaseBackup(DataSource dataSource, @Value("${thidua.backup.dir:./data/backups}") Path folder,
			@Value("${thidua.backup.keep:7}") int keep, @Value("${spring.datasource.url:}") String url, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.folder = folder;
		this.keep = keep;
		this.clock = clock;
		this.embedded = url.startsWith("jdbc:h2:");
	}

	@Scheduled(cron = "${thidua.backup.cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "embedded-backup", lockAtMostFor = "PT1H")
	void nightly() throws IOException {
		if (embedded) {
			Path written = backUpTo(folder.resolve("thidua-" + LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))
					+ ".zip"));
			log.info("Embedded database backed up to {}", written);
			forgetOldBackups();
		}
	}

	/** Writes the whole database, as it is at this moment, to a compressed SQL script; returns its path. */
	Path backUpTo(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		jdbc.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
		return file;
	}

	private void forgetOldBackups() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> backups = files.filter(f -> f.getFileName().toString().matches("thidua-\\d{4}-\\d{2}-\\d{2}\\.zip"))
				.sorted(Comparator.reverseOrder())
				.toList();
			for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
				Files.deleteIfExists(old);
			}
		}
	}
}
