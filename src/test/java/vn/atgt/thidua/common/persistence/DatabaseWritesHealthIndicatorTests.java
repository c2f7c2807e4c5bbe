package vn.atgt.thidua.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/** The health check is DOWN when the database answers but refuses the probe's write, and it never keeps a write. */
class DatabaseWritesHealthIndicatorTests {

	@Test
	void aDatabaseThatRefusesTheWriteIsDown() {
		JdbcDataSource database = database("refusing");
		new JdbcTemplate(database).execute("CREATE TABLE health_probes (id INTEGER PRIMARY KEY, state VARCHAR(10) "
				+ "CHECK (state IN ('IDLE')))");
		new JdbcTemplate(database).update("INSERT INTO health_probes VALUES (1, 'IDLE')");
		assertThat(new DatabaseWritesHealthIndicator(database).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aDatabaseWithoutTheProbeRowIsDown() {
		JdbcDataSource database = database("empty");
		new JdbcTemplate(database).execute("CREATE TABLE health_probes (id INTEGER PRIMARY KEY, state VARCHAR(10))");
		assertThat(new DatabaseWritesHealthIndicator(database).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aDatabaseThatTakesTheWriteIsUpAndKeepsNothing() {
		JdbcDataSource database = database("taking");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.execute("CREATE TABLE health_probes (id INTEGER PRIMARY KEY, state VARCHAR(10) "
				+ "CHECK (state IN ('IDLE', 'PROBED')))");
		jdbc.update("INSERT INTO health_probes VALUES (1, 'IDLE')");
		assertThat(new DatabaseWritesHealthIndicator(database).health().getStatus()).isEqualTo(Status.UP);
		assertThat(jdbc.queryForObject("SELECT state FROM health_probes WHERE id = 1", String.class)).isEqualTo("IDLE");
	}

	private static JdbcDataSource database(String name) {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:health-" + name + ";DB_CLOSE_DELAY=-1");
		return database;
	}
}
