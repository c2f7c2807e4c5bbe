package vn.atgt.thidua.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail with its changed fields. {@code userId} is null for the system and for sign-in names
 * that match no account; {@code entityType} and {@code entityId} are null for sign-in events.
 */
public record AuditEntryRow(Long id, Instant occurredAt, Long userId, String username, AuditAction action,
		String entityType, String entityId, String remoteAddress, String summary, List<AuditChange> changes) {

	/** The user name recorded for work done outside any signed-in user's request. */
	public static final String SYSTEM = "system";

	public AuditEntryRow {
		changes = List.copyOf(changes);
	}

	/** True when this entry was written by the application itself (start-up data, scheduled jobs). */
	public boolean bySystem() {
		return userId == null && SYSTEM.equals(username);
	}

	AuditEntryRow withChanges(List<AuditChange> of) {
		return new AuditEntryRow(id, occurredAt, userId, username, action, entityType, entityId, remoteAddress,
				summary, of);
	}
}
