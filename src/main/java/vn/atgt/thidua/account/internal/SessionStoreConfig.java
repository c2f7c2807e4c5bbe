package vn.atgt.thidua.account.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
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

	/** What the session filter, the session registry and the account module use. */
	@Bean
	@Primary
	SessionStore sessionStore(JdbcIndexedSessionRepository store) {
		return new SessionStore(store);
	}
}
