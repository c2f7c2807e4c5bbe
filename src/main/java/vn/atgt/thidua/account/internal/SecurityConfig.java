package vn.atgt.thidua.account.internal;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import vn.atgt.thidua.account.SessionProperties;
import vn.atgt.thidua.common.security.SignInThrottledException;

/**
 * The security of the whole application: form sign-in with the throttles, CSRF on every POST, a new session id at
 * sign-in, sessions that end when their account changes or after an absolute lifetime, security headers with a
 * Content-Security-Policy that allows no inline script (and HSTS on HTTPS, including behind a reverse proxy that says
 * so: {@code server.forward-headers-strategy}), and the URL rules per role. Finer rules (a unit user sees only her
 * unit's data) live in each module's service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'",
			"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService userDetails,
			LoginThrottle names, AddressThrottle addresses, PasswordEncoder passwordEncoder,
			SecurityContextRepository contexts, JdbcTemplate jdbc, Clock clock,
			SessionProperties sessions, ApplicationEventPublisher events, ApplicationAvailability availability)
			throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				SignInThrottledException.class.getName(), "/login?throttled", StillStartingException.class.getName(),
				"/login?starting"));
		failures.setDefaultFailureUrl("/login?error");
		AuthenticationEntryPoint toSignIn = entryPoint();

		// The throttled provider alone, without the global manager as a parent: a parent would check the password
		// again after any refusal that is not an account status (a refused address's right password would pass) and
		// hash every wrong password twice.
		ProviderManager signIn = new ProviderManager(new ThrottledAuthenticationProvider(passwords, names, addresses,
				availability));
		signIn.setAuthenticationEventPublisher(authenticationEvents(events));

		http.authenticationManager(signIn)
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/assets/**", "/login", "/error", "/public/**", "/favicon.ico").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/admin/committees", "/admin/committees/**", "/admin/areas/official")
					.hasAnyRole("ADMIN", "SYSTEM_ADMIN")
				.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// No concurrency control (no limit on sessions per user): its filter read the whole session from the store
			// a second time on every request only to see the expiry mark that AccountSessions puts on the sessions of
			// a changed account; StaleSessionFilter sees that mark on the session the request has already read.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.addSessionAuthenticationStrategy(StaleSessionFilter.recordSignInTime(clock)))
			.addFilterAfter(new StaleSessionFilter(jdbc, clock, sessions.absoluteLifetime()),
					ConcurrentSessionFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toSignIn))
			.addFilterBefore(new SignedInUploadsFilter(toSignIn), CsrfFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * The sign-in events the audit trail records; a refused address is published as a failure too (a "locked" one),
	 * which the default publisher would drop as an exception it does not know.
	 */
	private static AuthenticationEventPublisher authenticationEvents(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
		return publisher;
	}

	/**
	 * The sessions of each account as the shared session store (Spring Session JDBC) holds them, indexed by username:
	 * a session marked expired here is ended by whichever node serves its next request.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * No observation of the security filters: with the actuator's observation registry present, Spring Security wraps
	 * each of its filters (about fifteen per request) and each authorisation decision in a timed observation, a few
	 * percent of a light page's CPU (issue 19) for metrics nobody reads here; the requests themselves are still
	 * observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * An htmx request whose session has expired must not swap the sign-in page into a part of the page: tell htmx to
	 * load the sign-in page in full instead.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			login.commence(request, response, exception);
		};
	}
}
