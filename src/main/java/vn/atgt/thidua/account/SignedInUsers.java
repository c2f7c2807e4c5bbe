package vn.atgt.thidua.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.internal.Principals;
import vn.atgt.thidua.common.security.CurrentUser;

/** Replaces the signed-in user in the session when her account changed (password changed, profile edited). */
@Component
public class SignedInUsers {

	private final SecurityContextRepository contexts;

	SignedInUsers(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	public void replace(CurrentUser changed, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(Principals.authenticated(changed));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
