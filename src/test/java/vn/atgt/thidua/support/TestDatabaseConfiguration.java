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
 * creates the database {@code thidua_test} if missing. Each test JVM starts from an empty schema.
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
		execute("CREATE DATABASE " + LOCAL_DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
				+ "ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute("DROP DATABASE IF EXISTS " + LOCAL_DATABASE + " WITH (FORCE)");
			}
			catch (IllegalStateException ignored) {
				// the server went away first; nothing to clean
			}
		}));
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("No PostgreSQL for the tests: set SPRING_DATASOURCE_URL, start Docker, "
					+ "or run PostgreSQL on 127.0.0.1:5432 (bash .ci/run does this)", e);
		}
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

	static final class LocalServerFallback implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !datasourceGiven() && !dockerAnswers();
		}
	}
}
