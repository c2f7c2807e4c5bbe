package vn.atgt.thidua.common.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link CurrentUser} from the security context of the running request. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> current() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Optional<CurrentUser> from(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser.Holder holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}
}
