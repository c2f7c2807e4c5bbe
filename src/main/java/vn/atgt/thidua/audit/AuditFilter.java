package vn.atgt.thidua.audit;

import java.time.LocalDate;

/**
 * Filters of the audit trail; null means "any". The user name is matched as a part (case-insensitive); the dates are
 * calendar days in Asia/Ho_Chi_Minh, both included.
 */
public record AuditFilter(String username, String entityType, AuditAction action, LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}
}
