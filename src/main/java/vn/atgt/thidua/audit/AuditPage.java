package vn.atgt.thidua.audit;

import java.util.List;

import org.springframework.data.domain.Page;

/** The audit trail's page: a page of entries with their changes, and the entity types of the filter. */
public record AuditPage(Page<AuditEntryRow> entries, List<String> entityTypes) {
}
