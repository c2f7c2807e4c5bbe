package vn.atgt.thidua.account.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shared session store (Spring Session JDBC, tables {@code spring_session*}) reads the session at the start of
 * every request and saves it at the end, each in a transaction of its own. By default those transactions go through
 * the application's JPA transaction manager, which opens a Hibernate session (an EntityManager) for each of them only
 * to hand its JDBC connection to the store's plain SQL: measured on the province data set (issue 19) that was part of
 * the CPU of every light page. A plain JDBC transaction manager on the same pool does the same work without it.
 * <p>
 * Not a default candidate: it serves the session store alone (by its qualifier), so the application keeps Boot's JPA
 * transaction manager for everything else (a second default candidate would make Boot back away from creating it).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionStoreTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}
}
