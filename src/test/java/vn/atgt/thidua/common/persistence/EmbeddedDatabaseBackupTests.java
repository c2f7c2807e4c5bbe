package vn.atgt.thidua.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.support.DemoDataTest;

/**
 * The embedded default's backup: the running H2 database (here the demo data in memory) is written by the same
 * statement the nightly job runs ({@code SCRIPT TO ... COMPRESSION ZIP}), restored into a new empty database as the
 * README says ({@code RUNSCRIPT FROM}), and the two hold the same number of rows in every table and the same stored
 * files, byte for byte.
 */
@DemoDataTest
class EmbeddedDatabaseBackupTests {

	static final String RESTORED = "jdbc:h2:mem:restored;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Autowired
	EmbeddedDatabaseBackup backup;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path folder;

	@Test
	void theBackupOfTheRunningDatabaseRestoresEveryRowAndEveryFile() throws Exception {
		Path script = backup.backUpTo(folder.resolve("thidua-2024-12-23.zip"));
		assertThat(Files.size(script)).isPositive();

		try (Connection original = dataSource.getConnection();
				Connection restored = DriverManager.getConnection(RESTORED, "sa", "")) {
			try (Statement s = restored.createStatement()) {
				s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION ZIP");
			}
			Map<String, Long> before = rowCounts(original);
			assertThat(before).containsKeys("users", "campaigns", "progress_reports", "stored_file_contents",
					"spring_session", "shedlock");
			assertThat(before.get("progress_reports")).isPositive();
			assertThat(before.get("stored_file_contents")).isPositive();
			assertThat(rowCounts(restored)).isEqualTo(before);
			assertThat(fileChecksum(restored)).isEqualTo(fileChecksum(original));
		}
	}

	/** Rows per table of the application's schema, by table name. */
	static Map<String, Long> rowCounts(Connection connection) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = new java.util.ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		for (String table : tables) {
			try (Statement s = connection.createStatement();
					ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
				rs.next();
				counts.put(table, rs.getLong(1));
			}
		}
		return counts;
	}

	/** One SHA-256 over every stored file's key and content, in key order. */
	static String fileChecksum(Connection connection) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("SELECT storage_key, content FROM stored_file_contents ORDER BY storage_key")) {
			while (rs.next()) {
				digest.update(rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update(rs.getBytes(2));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
