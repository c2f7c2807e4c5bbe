package vn.atgt.thidua.account.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart body is parsed only for a signed-in user. The CSRF filter, next in the chain, reads the form's token
 * parameter, and reading any parameter makes the servlet container parse the whole body and store its parts; so a
 * multipart request without a signed-in user is sent to the sign-in page here, its body unread. Nobody signs in with a
 * multipart form, and every address that takes one needs a signed-in user.
 */
class SignedInUploadsFilter extends OncePerRequestFilter {

	private final AuthenticationEntryPoint signIn;
	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	SignedInUploadsFilter(AuthenticationEntryPoint signIn) {
		this.signIn = signIn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			chain.doFilter(request, response);
			return;
		}
		signIn.commence(request, response,
				new InsufficientAuthenticationException("A multipart request needs a signed-in user"));
	}
}
