package vn.atgt.thidua.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database of the integration tests, always a real PostgreSQL: the one {@code SPRING_DATASOURCE_URL} names (CI
 * sets it); else a Testcontainers PostgreSQL when Docker answers; else the local server on 127.0.0.1:5432, where it
 * creates a database of its own ({@code thidua_test_<pid>}). Each test JVM starts from an empty schema. The build
 * runs the tests in two JVMs at once (Surefire's {@code forkCount}); the second and later take, on the server that
 * {@code SPRING_DATASOURCE_URL} names, a database of their own beside it ({@code <name>_fork<n>}, created with the
 * same role, which CI gives CREATEDB), so that two JVMs never clean each other's schema.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
	static final String LOCAL_DATABASE = "thidua_test_" + ProcessHandle.current().pid();

	@Bean
	@ServiceConnection
	@Conditional(DockerFallback.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:16-alpine");
	}

	@Bean
	@Conditional(GivenServerLaterFork.class)
	DynamicPropertyRegistrar forkDatabase() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("[?].*$", "") + "_fork" + fork();
		String user = System.getenv("SPRING_DATASOURCE_USERNAME");
		String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
		createDatabase(server, user, password, database);
		return registry -> registry.add("spring.datasource.url", () -> server + database);
	}

	@Bean
	@Conditional(LocalServerFallback.class)
	DynamicPropertyRegistrar localPostgres() {
		createLocalDatabase();
		return registry -> {
			registry.add("spring.datasource.url", () -> LOCAL_SERVER + LOCAL_DATABASE);
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
		};
	}

	/** Every test run starts from an empty schema, so that no test depends on what an earlier run left behind. */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

	private static void createLocalDatabase() {
		createDatabase(LOCAL_SERVER, "postgres", "", LOCAL_DATABASE);
	}

	private static void createDatabase(String server, String user, String password, String database) {
		execute(server, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		execute(server, user, password, "CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8' "
				+ "LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute(server, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (IllegalStateException ignored) {
				// the server went away first; nothing to clean
			}
		}));
	}

	private static void execute(String server, String user, String password, String sql) {
		try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("No PostgreSQL for the tests: set SPRING_DATASOURCE_URL, start Docker, "
					+ "or run PostgreSQL on 127.0.0.1:5432 (bash .ci/run does this)", e);
		}
	}

	/** Surefire's number of this test JVM (1 when the tests run in one JVM, or outside Surefire). */
	private static int fork() {
		String digits = System.getProperty("thidua.test.fork", "1").replaceAll("\\D", "");
		return digits.isEmpty() ? 1 : Integer.parseInt(digits);
	}

	private static boolean datasourceGiven() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		return url != null && !url.isBlank();
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	static final class DockerFallback implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !datasourceGiven() && dockerAnswers();
		}
	}

	static final class GivenServerLaterFork implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return datasourceGiven() && fork() > 1;
		}
	}

	static final class LocalServerFallback implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !datasourceGiven() && !dockerAnswers();
		}
	}
}
