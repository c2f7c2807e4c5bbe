package vn.atgt.thidua.audit.internal;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditChange;

/** An audit entry about to be written. */
record AuditRecord(Instant occurredAt, AuditSource actor, AuditAction action, String entityType, String entityId,
		String summary, List<AuditChange> changes) {

	AuditRecord {
		changes = List.copyOf(changes);
	}
}
