package vn.atgt.thidua.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session, at its next request, when the account changed since the sign-in (its security stamp moved
 * on: unit, roles, deactivation, password; or {@link AccountSessions} marked the session expired in the shared store)
 * or when the sign-in is older than the absolute lifetime. The user is sent to
 * the sign-in page, which says why ({@code /login?expired}).
 * <p>
 * Cost: one primary-key read of two columns per request of a signed-in user (static files excepted), by plain JDBC in
 * auto-commit, no transaction and no persistence context. It reads the database rather than a cache so that a change
 * made on one node ends the sessions on every node.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

	/** The session attribute holding the instant of the sign-in. */
	static final String SIGNED_IN_AT = StaleSessionFilter.class.getName() + ".SIGNED_IN_AT";

	static final String EXPIRED_URL = "/login?expired";

	private static final String CURRENT_STAMP = "SELECT security_stamp, active FROM users WHERE id = ?";

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final Duration absoluteLifetime;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
	private final RequestMatcher staticFiles = PathPatternRequestMatcher.withDefaults().matcher("/assets/**");

	StaleSessionFilter(JdbcTemplate jdbc, Clock clock, Duration absoluteLifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.absoluteLifetime = absoluteLifetime;
	}

	/** Notes the sign-in instant in the session, where the absolute lifetime is counted from. */
	static SessionAuthenticationStrategy recordSignInTime(Clock clock) {
		return (authentication, request, response) -> request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
	}

	/**
	 * Sends the browser to the sign-in page with the "session ended" message; an htmx request is told to load it in
	 * full instead of swapping it into a part of the page.
	 */
	static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String target = request.getContextPath() + EXPIRED_URL;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A style sheet or a script gives no right to anything: not worth a database read per file.
		return staticFiles.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUserDetails principal
				&& (marked(request.getSession(false)) || tooOld(request.getSession(false)) || outdated(principal))) {
			logout.logout(request, response, authentication);
			sendToSignIn(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** True when {@link AccountSessions} marked the session expired (its account changed after the sign-in). */
	private static boolean marked(HttpSession session) {
		return session != null && session.getAttribute(AccountSessions.EXPIRED_MARK) != null;
	}

	private boolean tooOld(HttpSession session) {
		if (session == null) {
			return false;
		}
		Instant now = clock.instant();
		if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
			// Signed in by another way than the form (none today): its lifetime starts now rather than never.
			session.setAttribute(SIGNED_IN_AT, now);
			return false;
		}
		return !now.isBefore(signedInAt.plus(absoluteLifetime));
	}

	/** True when the account is gone, deactivated, or its stamp is no longer the one the session signed in with. */
	private boolean outdated(AppUserDetails principal) {
		Long current = jdbc.query(CURRENT_STAMP,
				rs -> rs.next() && rs.getBoolean("active") ? rs.getLong("security_stamp") : null,
				principal.currentUser().id());
		return current == null || current != principal.securityStamp();
	}
}
