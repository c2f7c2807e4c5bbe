package vn.atgt.thidua.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.security.CurrentUser;

/** The administrators' page of the audit trail ({@code /admin/audit}), checked by {@link AuditAccess}. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	private final AuditService audit;
	private final AuditAccess access;

	AuditQueries(AuditService audit, AuditAccess access) {
		this.audit = audit;
		this.access = access;
	}

	/**
	 * A page of entries matching the filter, newest first, each with its changed fields, and the entity types that
	 * occur in the trail.
	 * @throws AccessDeniedException unless the user reads the trail
	 */
	public AuditPage page(CurrentUser user, AuditFilter filter, Pageable pageable) {
		access.requireTrailReader(user);
		Page<AuditEntryRow> entries = audit.search(access.committeeOf(user), filter, pageable);
		return new AuditPage(entries, audit.entityTypes(), AuditService.isCapped(entries));
	}
}
