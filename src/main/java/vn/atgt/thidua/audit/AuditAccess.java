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
 * behind those modules' own policies.
 */
@Component
public class AuditAccess {

	/** True when the user reads the whole trail: an administrator. */
	public boolean readsTrail(CurrentUser user) {
		return user.has(Role.ADMIN);
	}

	/** @throws AccessDeniedException unless the user reads the trail */
	public void requireTrailReader(CurrentUser user) {
		if (!readsTrail(user)) {
			throw new AccessDeniedException("only administrators read the audit trail");
		}
	}
}
