package vn.atgt.thidua.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The access policy of the audit module, the one place that says who reads the audit trail: administrators (the URL
 * rule {@code /admin/**} is the coarse gate). The trail's page ({@link AuditQueries}) calls it, so that a committee's
 * scope (issue 18: an administrator of a province's installation reads only her committee's entries) is added here
 * once. The history panels of other modules' pages read one item's entries through {@link AuditService#historyOf},
 * behind those modules' own policies. An administrator reads only the entries of her committee's people.
 */
@Component
public class AuditAccess {

	/** True when the user reads the whole trail: an administrator. */
	public boolean readsTrail(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	/**
	 * The committee whose entries the user reads: her own (an administrator reads her committee's people's entries,
	 * issue 18). An administrator always has one; the trail reader without committee gets an impossible id, so
	 * that she reads nothing rather than everything.
	 */
	public Long committeeOf(CurrentUser user) {
		return user.committeeId() != null ? user.committeeId() : NO_COMMITTEE;
	}

	private static final Long NO_COMMITTEE = -1L;

	/** @throws AccessDeniedException unless the user reads the trail */
	public void requireTrailReader(CurrentUser user) {
		if (!readsTrail(user)) {
			throw new AccessDeniedException("only administrators read the audit trail");
		}
	}
}
