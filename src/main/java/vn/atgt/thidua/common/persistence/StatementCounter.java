package vn.atgt.thidua.common.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * For the page benchmark ({@code bench/pages.sh}) only, on with {@code thidua.bench.count-statements=true}: counts
 * every SQL statement the application prepares (Hibernate's, JdbcTemplate's, Spring Session's, the audit trail's),
 * which Hibernate's own statistics do not, as the meter {@code thidua.sql.statements}; and the time the statements'
 * executions take (the round trip to the database and its work: PostgreSQL's driver reads the whole result in the
 * execution), as {@code thidua.sql.milliseconds}. On this 2-core machine PostgreSQL shares the CPU with the JVM, so a
 * page's database time counts as much as its JVM time. Off, nothing is wrapped.
 */
@Component
@ConditionalOnProperty(name = "thidua.bench.count-statements", havingValue = "true")
class StatementCounter implements BeanPostProcessor, SmartLifecycle {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final LongAdder count = new LongAdder();
	private final LongAdder nanos = new LongAdder();
	private final ObjectProvider<MeterRegistry> registry;
	private boolean running;

	StatementCounter(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	@Override
	public void start() {
		registry.ifAvailable(r -> FunctionCounter.builder("thidua.sql.statements", count, LongAdder::sum)
			.description("SQL statements prepared since start (bench only)").register(r));
		registry.ifAvailable(r -> FunctionCounter.builder("thidua.sql.milliseconds", nanos, n -> n.sum() / 1e6)
			.description("milliseconds spent executing SQL statements since start (bench only)").register(r));
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				Object result = invoke(connection, method, args);
				if (STATEMENTS.contains(method.getName())) {
					count.increment();
					return timed((Statement) result);
				}
				return result;
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		/** The statement, its executions timed (as the interface it was asked for: a prepared or callable one). */
		private Statement timed(Statement statement) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (!EXECUTIONS.contains(method.getName())) {
					return invoke(statement, method, args);
				}
				long start = System.nanoTime();
				try {
					return invoke(statement, method, args);
				}
				finally {
					nanos.add(System.nanoTime() - start);
				}
			};
			Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] { type },
					handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}
}
