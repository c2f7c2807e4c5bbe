package vn.atgt.thidua.audit;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The audit trail's page: a page of entries with their changes, the entity types of the filter, and whether the total
 * is only a lower bound ({@code capped}: the count stopped {@value AuditService#COUNT_CAP} entries past the page).
 */
public record AuditPage(Page<AuditEntryRow> entries, List<String> entityTypes, boolean capped) {
}
