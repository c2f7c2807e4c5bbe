package vn.atgt.thidua.account.internal;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
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
 * <p>
 * The requests use the store through {@link SessionStore}, which writes nothing for a request that changed nothing.
 * Declaring it makes Boot's own session auto-configuration back away (it stands aside for any session repository),
 * so the JDBC store is configured here as Boot configured it from the properties: the idle timeout of
 * {@code server.servlet.session.timeout}, no cleanup job of its own (the account housekeeping does it on one node),
 * the tables that Flyway creates ({@code spring_session*}, never initialised by Spring Session).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(cleanupCron = "-")
class SessionStoreConfig {

	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionStoreTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return store -> store.setDefaultMaxInactiveInterval(timeout);
	}

	/**
	 * A session attribute is added with an insert that takes the place of the row when it is already there. Two
	 * requests of one session that both add the same attribute (the CSRF token, made by the first page of a new
	 * session that shows a form: a user opening several tabs after signing in, htmx requests under way) each found no
	 * such row when they read the session, and Spring Session's plain insert made the second fail with a duplicate key
	 * (a 500 for that request; 56 of them in a benchmark run, 8 connections per new session). PostgreSQL: {@code ON
	 * CONFLICT … DO UPDATE}; the embedded H2: {@code MERGE … KEY}. Last write wins, as for an attribute changed.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
		String product = JdbcUtils.commonDatabaseName(databaseProductName(dataSource));
		return store -> store.setCreateSessionAttributeQuery("PostgreSQL".equals(product) ? """
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES"""
				: """
				MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""");
	}

	private static String databaseProductName(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("cannot tell which database holds the sessions", e);
		}
	}

	/** What the session filter, the session registry and the account module use. */
	@Bean
	@Primary
	SessionStore sessionStore(JdbcIndexedSessionRepository store) {
		return new SessionStore(store);
	}
}
