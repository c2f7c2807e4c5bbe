package vn.atgt.thidua.audit.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.atgt.thidua.audit.AuditEntryRow;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/** Who did it and from where: the signed-in user (or the system) and the address of the web request, if any. */
record AuditSource(Long userId, String username, String remoteAddress) {

	/** The signed-in user of the running request, or the system. */
	static AuditSource current() {
		return CurrentUsers.current()
			.map(user -> of(user, requestAddress()))
			.orElseGet(() -> new AuditSource(null, AuditEntryRow.SYSTEM, requestAddress()));
	}

	static AuditSource of(CurrentUser user, String remoteAddress) {
		return new AuditSource(user.id(), user.username(), remoteAddress);
	}

	/** The address of the web request being served on this thread, or null outside a request. */
	static String requestAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
