package vn.atgt.thidua.audit.web;

import java.time.LocalDate;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditFilter;

/**
 * The filter form of the audit page (a GET form). Dates are typed dd/MM/yyyy; one that does not parse is a field error
 * and leaves that field out of the filter.
 */
record AuditFilterForm(String username, String entityType, AuditAction action, LocalDate from, LocalDate to) {

	AuditFilter toFilter() {
		return new AuditFilter(blankToNull(username), blankToNull(entityType), action, from, to);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
