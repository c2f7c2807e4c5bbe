package vn.atgt.thidua.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.LockoutProperties;
import vn.atgt.thidua.common.security.SignInLockedOut;

/**
 * Counts failed sign-ins per typed name in the database (so that every node of a cluster sees the same count) and
 * locks the name after {@link LockoutProperties#maxFailures()} failures in a row, for
 * {@link LockoutProperties#duration()} or until an administrator lifts the lock.
 */
@Component
public class LoginThrottle {

	private final LoginAttemptRepository attempts;
	private final LockoutProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LoginThrottle(LoginAttemptRepository attempts, LockoutProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.attempts = attempts;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String typedName) {
		return attempts.findById(key(typedName)).map(a -> a.isLocked(clock.instant())).orElse(false);
	}

	/** Until when the name is locked; empty when it is not. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String typedName) {
		Instant now = clock.instant();
		return attempts.findById(key(typedName)).filter(a -> a.isLocked(now)).map(LoginAttempt::lockedUntil);
	}

	/** Forgets the name's failures and lifts its lock; returns until when it was locked, if it was. */
	@Transactional
	public Optional<Instant> unlock(String typedName) {
		Optional<Instant> lockedUntil = lockedUntil(typedName);
		attempts.deleteById(key(typedName));
		return lockedUntil;
	}

	/** Records a failure; returns true when the name is now locked. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String typedName, String remoteAddress) {
		String key = key(typedName);
		Instant now = clock.instant();
		LoginAttempt attempt = attempts.findById(key).orElseGet(() -> new LoginAttempt(key));
		boolean locked = attempt.fail(now, properties.maxFailures(), properties.duration());
		attempts.save(attempt);
		if (locked) {
			events.publishEvent(new SignInLockedOut(key, attempt.lockedUntil(), remoteAddress));
		}
		return locked;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String typedName) {
		attempts.deleteById(key(typedName));
	}

	static String key(String typedName) {
		String key = UserAccount.normaliseUsername(typedName);
		return key.length() > 60 ? key.substring(0, 60) : key;
	}
}
