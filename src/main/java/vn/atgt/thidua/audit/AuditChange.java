package vn.atgt.thidua.audit;

/**
 * One field of an audited change: its value before and after, as text (null when there was none; "***" for secrets).
 * A creation has only new values, a deletion only old ones.
 */
public record AuditChange(String field, String oldValue, String newValue) {
}
