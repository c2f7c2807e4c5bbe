package vn.atgt.thidua.common.persistence;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "databaseWrites" in {@code /actuator/health}: the database must take a write, not only answer the pool's
 * validation query. Boot's own check runs {@code SELECT 1}, which went on answering while H2 2.4.240 refused every
 * insert into a table with a CHECK constraint (issue 11); here one row of {@code health_probes} is updated inside a
 * transaction that is always rolled back, so a probe writes nothing that stays.
 */
@Component("databaseWrites")
class DatabaseWritesHealthIndicator extends AbstractHealthIndicator {

	private final JdbcTemplate jdbc;
	private final TransactionTemplate rollback;

	DatabaseWritesHealthIndicator(DataSource dataSource) {
		super("The database refuses writes");
		this.jdbc = new JdbcTemplate(dataSource);
		this.rollback = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int updated = rollback.execute(status -> {
			status.setRollbackOnly();
			return jdbc.update("UPDATE health_probes SET state = 'PROBED' WHERE id = 1");
		});
		if (updated == 1) {
			builder.up();
		}
		else {
			builder.down().withDetail("probeRows", updated);
		}
	}
}
