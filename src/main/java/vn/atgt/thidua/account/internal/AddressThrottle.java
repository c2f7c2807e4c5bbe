package vn.atgt.thidua.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.LockoutProperties;

/**
 * Counts failed sign-ins per network address, whatever the names typed, and refuses an address for
 * {@link LockoutProperties#duration()} after {@link LockoutProperties#addressMaxFailures()} of them; a pause as long
 * as that duration forgets the count. The name lockout lets anyone lock any name; this keeps one machine from locking
 * many names, or trying one password against all of them.
 * <p>
 * In memory, for the addresses seen last (at most {@value #MAX_ADDRESSES}; the longest unseen is forgotten first), so
 * it holds per node: several nodes behind a load balancer will need the count in the database, as the name lockout
 * already has it. Behind a reverse proxy the address is the client's only when the proxy forwards it
 * ({@code X-Forwarded-For}, see README "Behind HTTPS"); otherwise every client shares the proxy's address.
 */
@Component
public class AddressThrottle {

	static final int MAX_ADDRESSES = 10_000;

	private final LockoutProperties properties;
	private final Clock clock;
	private final Map<String, Failures> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	AddressThrottle(LockoutProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** True when sign-ins from this address are refused for now. */
	public synchronized boolean isRefused(String address) {
		if (address == null) {
			return false;
		}
		Failures failures = byAddress.get(address);
		return failures != null && failures.refusedUntil != null && clock.instant().isBefore(failures.refusedUntil);
	}

	/** Counts a failed sign-in from the address. */
	public synchronized void recordFailure(String address) {
		if (address == null) {
			return;
		}
		Instant now = clock.instant();
		Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
		if (failures.last != null && !now.isBefore(failures.last.plus(properties.duration()))) {
			failures.count = 0;
			failures.refusedUntil = null;
		}
		failures.count++;
		failures.last = now;
		if (failures.count >= properties.addressMaxFailures()) {
			failures.refusedUntil = now.plus(properties.duration());
		}
	}

	/** Forgets every address: for tests, which all sign in from one address. */
	public synchronized void forgetAll() {
		byAddress.clear();
	}

	private static final class Failures {
		int count;
		Instant last;
		Instant refusedUntil;
	}
}
