package vn.atgt.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.security.lockout.*}: how many failed sign-ins in a row lock a name, how many failed sign-ins from one
 * network address (whatever the names) refuse that address, and for how long either lasts.
 * <p>
 * Anyone may lock any name, the administrator's included, by typing wrong passwords: the lock is therefore short,
 * an administrator can lift it, and the address throttle stops one machine from locking many names.
 */
@ConfigurationProperties("thidua.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration duration,
		@DefaultValue("20") int addressMaxFailures) {

	/** The lock's length in whole minutes, as the sign-in page tells it. */
	public long minutes() {
		return Math.max(1, duration.toMinutes());
	}
}
