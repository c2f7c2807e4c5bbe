package vn.atgt.thidua.account.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.NotAudited;

/** Consecutive failed sign-ins under one typed name, and the lock they caused. */
@Entity
@NotAudited
@Table(name = "login_attempts")
class LoginAttempt {

	@Id
	@Column(length = 60)
	private String username;

	@Column(nullable = false)
	private int failures;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "last_failure_at")
	private Instant lastFailureAt;

	protected LoginAttempt() {
	}

	LoginAttempt(String username) {
		this.username = username;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Counts one more failure; returns true when this failure locks the name. */
	boolean fail(Instant now, int maxFailures, Duration lockFor) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			return true;
		}
		return false;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}
}
