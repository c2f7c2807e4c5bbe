package vn.atgt.thidua.common.web;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * When the database cannot be reached (restarting, failing over, the network to it down), whatever the request was
 * doing — reading its session, checking the signed-in account, a page, a form — it gets the page "Hệ thống đang tạm
 * thời gián đoạn" with status 503, never a stack trace or the generic error page. The pool gives up on a connection
 * after {@code spring.datasource.hikari.connection-timeout} (3 s), so that requests fail fast, and checks each
 * connection before use, so that the application works again by itself once the database is back. A form posted
 * meanwhile wrote nothing: its transaction never began or was rolled back with the lost connection.
 * <p>
 * The outermost filter, before the session store's ({@code SessionRepositoryFilter}, order MIN_VALUE + 50): a session
 * that cannot be read is the first thing to fail. The page is rendered here, without the layout, which would read
 * the database (the signed-in user's notifications).
 */
@Component
@Order(DatabaseUnavailableFilter.ORDER)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final int ORDER = Integer.MIN_VALUE + 10;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ITemplateEngine templates;
	private final LocaleResolver locales;

	DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			if (!isDatabaseUnreachable(e)) {
				throw e;
			}
			if (response.isCommitted()) {
				// the answer had left already (a redirect whose session could not be saved afterwards): nothing to add
				log.warn("{} {}: the database cannot be reached ({}) after the answer was sent", request.getMethod(),
						request.getRequestURI(), rootMessage(e));
				return;
			}
			log.warn("{} {}: the database cannot be reached ({}), answered 503", request.getMethod(),
					request.getRequestURI(), rootMessage(e));
			render(request, response);
		}
	}

	/** True when the failure, or one of its causes, is a database that cannot be reached rather than a bug. */
	static boolean isDatabaseUnreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
					|| t instanceof ConnectException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			// SQL state class 08: connection exception; 57P01–57P03: the server is shutting down or starting up;
			// a pooled connection that the lost server closed under a transaction says so without a state
			if (t instanceof SQLException sql && (sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))
					|| "Connection is closed".equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ServletContext servletContext = request.getServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response),
				locales.resolveLocale(request));
		templates.process("error/503", context, response.getWriter());
		response.flushBuffer();
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
