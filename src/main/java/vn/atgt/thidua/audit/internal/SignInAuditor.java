package vn.atgt.thidua.audit.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditChange;
import vn.atgt.thidua.common.security.CurrentUsers;
import vn.atgt.thidua.common.security.SignInLockedOut;
import vn.atgt.thidua.common.security.SignInThrottledException;
import vn.atgt.thidua.common.security.SignInUnlocked;

/**
 * Records sign-ins, failed sign-ins (with the name typed, never the password), lockouts and their lifting. They
 * happen outside any entity change, and a failed sign-in rolls nothing forward, so each is written in a transaction of
 * its own.
 */
@Component
class SignInAuditor {

	/** The summary of an unlock entry, labelled {@code audit.reason.SIGN_IN_UNLOCKED}. */
	static final String UNLOCKED = "SIGN_IN_UNLOCKED";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	SignInAuditor(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		String address = remoteAddress(authentication);
		AuditSource actor = CurrentUsers.from(authentication)
			.map(user -> AuditSource.of(user, address))
			.orElseGet(() -> new AuditSource(null, authentication.getName(), address));
		write(actor, AuditAction.SIGN_IN, null, List.of());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		AuditSource actor = new AuditSource(null, typedName(attempt.getName()), remoteAddress(attempt));
		write(actor, AuditAction.SIGN_IN_FAILED, reason(event.getException()), List.of());
	}

	@EventListener
	void on(SignInLockedOut event) {
		String address = event.remoteAddress() != null ? event.remoteAddress() : AuditSource.requestAddress();
		AuditSource actor = new AuditSource(null, event.username(), address);
		write(actor, AuditAction.LOCKOUT, null, event.lockedUntil() == null ? List.of()
				: List.of(new AuditChange("lockedUntil", null, event.lockedUntil().toString())));
	}

	/**
	 * An administrator lifted the sign-in lock of a user's name: recorded as a change of that user's account (the lock
	 * is no field of it, but it is what she may do), by the administrator, once the unlock has committed.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(SignInUnlocked event) {
		write(AuditSource.current(), AuditAction.UPDATE, "UserAccount", String.valueOf(event.userId()), UNLOCKED,
				List.of(new AuditChange("lockedUntil", event.lockedUntil().toString(), null)));
	}

	private void write(AuditSource actor, AuditAction action, String summary, List<AuditChange> changes) {
		write(actor, action, null, null, summary, changes);
	}

	private void write(AuditSource actor, AuditAction action, String entityType, String entityId, String summary,
			List<AuditChange> changes) {
		AuditRecord record = new AuditRecord(clock.instant(), actor, action, entityType, entityId, summary, changes);
		ownTransaction.executeWithoutResult(
				status -> jdbc.execute((ConnectionCallback<Long>) connection -> AuditWriter.insert(connection, record)));
	}

	/** Why a sign-in failed, as a code the audit page labels ({@code audit.reason.*}). */
	static String reason(AuthenticationException exception) {
		if (exception instanceof BadCredentialsException) {
			return "BAD_CREDENTIALS";
		}
		if (exception instanceof LockedException) {
			return "LOCKED";
		}
		if (exception instanceof DisabledException) {
			return "DISABLED";
		}
		if (exception instanceof SignInThrottledException) {
			return "THROTTLED";
		}
		return exception.getClass().getSimpleName();
	}

	private static String typedName(String name) {
		String typed = name == null ? "" : name.strip();
		return AuditWriter.truncate(typed.isEmpty() ? "?" : typed, 100);
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return AuditSource.requestAddress();
	}
}
