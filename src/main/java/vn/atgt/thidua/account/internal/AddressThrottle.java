package vn.atgt.thidua.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.LockoutProperties;

/**
 * Counts failed sign-ins per network address, whatever the names typed, and refuses an address for
 * {@link LockoutProperties#duration()} after {@link LockoutProperties#addressMaxFailures()} of them; a pause as long
 * as that duration forgets the count. The name lockout lets anyone lock any name; this keeps one machine from locking
 * many names, or trying one password against all of them.
 * <p>
 * The counts live in the database (table {@code sign_in_address_failures}), so that every node of a cluster refuses
 * the same addresses; each failure is one atomic statement (no lock held across statements), and the housekeeping
 * job deletes the rows that no longer count. Behind a reverse proxy the address is the client's only when the proxy
 * forwards it ({@code X-Forwarded-For}, see README "Behind HTTPS"); otherwise every client shares the proxy's address.
 */
@Component
public class AddressThrottle {

	/** Longer addresses (only a misconfigured proxy sends them) are cut to the column's length. */
	static final int MAX_ADDRESS_LENGTH = 64;

	private static final String REFUSED_UNTIL = "SELECT refused_until FROM sign_in_address_failures WHERE address = :address";

	// Every SET expression reads the row as it was before the statement: a count older than the duration starts again.
	private static final String COUNT_FAILURE = """
			UPDATE sign_in_address_failures SET
			    failures = CASE WHEN last_failure_at <= :stale THEN 1 ELSE failures + 1 END,
			    refused_until = CASE
			        WHEN (CASE WHEN last_failure_at <= :stale THEN 1 ELSE failures + 1 END) >= :max THEN :until
			        WHEN last_failure_at <= :stale THEN NULL
			        ELSE refused_until END,
			    last_failure_at = :now
			WHERE address = :address""";

	private static final String FIRST_FAILURE = """
			INSERT INTO sign_in_address_failures (address, failures, last_failure_at, refused_until)
			VALUES (:address, 1, :now, :refusedUntil)""";

	private final LockoutProperties properties;
	private final Clock clock;
	private final NamedParameterJdbcTemplate jdbc;

	AddressThrottle(LockoutProperties properties, Clock clock, DataSource dataSource) {
		this.properties = properties;
		this.clock = clock;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/** True when sign-ins from this address are refused for now. */
	public boolean isRefused(String address) {
		if (address == null) {
			return false;
		}
		List<OffsetDateTime> until = jdbc.query(REFUSED_UNTIL, new MapSqlParameterSource("address", key(address)),
				(rs, row) -> rs.getObject(1, OffsetDateTime.class));
		return !until.isEmpty() && until.get(0) != null && clock.instant().isBefore(until.get(0).toInstant());
	}

	/** Counts a failed sign-in from the address. */
	public void recordFailure(String address) {
		if (address == null) {
			return;
		}
		Instant now = clock.instant();
		MapSqlParameterSource failure = new MapSqlParameterSource("address", key(address))
			.addValue("now", utc(now))
			.addValue("stale", utc(now.minus(properties.duration())))
			.addValue("max", properties.addressMaxFailures())
			.addValue("until", utc(now.plus(properties.duration())))
			.addValue("refusedUntil", properties.addressMaxFailures() <= 1 ? utc(now.plus(properties.duration())) : null,
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
		if (jdbc.update(COUNT_FAILURE, failure) == 0) {
			try {
				jdbc.update(FIRST_FAILURE, failure);
			}
			catch (DuplicateKeyException another) {
				// another node (or request) inserted the address's first failure at the same moment: count on it
				jdbc.update(COUNT_FAILURE, failure);
			}
		}
	}

	/** Deletes the counts that no longer matter (their last failure is older than the duration); returns how many. */
	int forgetStale() {
		Instant now = clock.instant();
		return jdbc.update("DELETE FROM sign_in_address_failures WHERE last_failure_at <= :stale "
				+ "AND (refused_until IS NULL OR refused_until <= :now)",
				new MapSqlParameterSource("stale", utc(now.minus(properties.duration()))).addValue("now", utc(now)));
	}

	/** Forgets every address: for tests, which all sign in from one address. */
	public void forgetAll() {
		jdbc.getJdbcOperations().update("DELETE FROM sign_in_address_failures");
	}

	private static String key(String address) {
		return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
