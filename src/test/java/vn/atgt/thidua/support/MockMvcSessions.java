package vn.atgt.thidua.support;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Lets MockMvc tests keep a session as they always have ({@code .session(mockSession)}) while the session itself
 * lives in the database (Spring Session JDBC), as in production: the id of the stored session travels in the
 * request's {@link MockHttpSession} as a browser carries it in its cookie. Requests from a real client (the running
 * test server) are not mock requests and use the cookie alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	static final String STORED_SESSION_ID = MockMvcSessions.class.getName() + ".ID";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	/** Gives the session filter a resolver that also reads and writes the id in a MockMvc request's own session. */
	@Bean
	static BeanPostProcessor mockMvcSessionIds(ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SessionRepositoryFilter<?> filter) {
					CookieHttpSessionIdResolver cookie = new CookieHttpSessionIdResolver();
					cookie.setCookieSerializer(cookies.getObject());
					filter.setHttpSessionIdResolver(new CarriedOrCookie(cookie));
				}
				return bean;
			}
		};
	}

	/**
	 * After each MockMvc request, copies the stored session's security context into the mock session, where Spring
	 * Security's test matchers ({@code authenticated()}) look for it; the application itself never reads it there.
	 */
	@Bean
	FilterRegistrationBean<Filter> mockMvcSecurityContextCopy(ObjectProvider<SessionRepository<? extends Session>> stores) {
		// looked up at the first request: a filter is made while the server starts, before the database is set up
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			chain.doFilter(request, response);
			HttpSession carrier = request instanceof MockHttpServletRequest mock ? mock.getSession(false) : null;
			if (carrier != null && carrier.getAttribute(STORED_SESSION_ID) instanceof String id) {
				Session stored = stores.getObject().findById(id);
				carrier.setAttribute(SECURITY_CONTEXT, stored == null ? null : stored.getAttribute(SECURITY_CONTEXT));
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * A MockMvc test that hands the request a flash message ({@code flashAttr}) puts it in the mock session; the
	 * application reads flash messages from the stored session, so it is moved there before the request goes on.
	 */
	@Bean
	FilterRegistrationBean<Filter> mockMvcFlashInput() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			HttpSession carrier = carrier(http, false);
			Object flash = carrier == null ? null : carrier.getAttribute(FLASH_MAPS);
			if (flash != null) {
				carrier.removeAttribute(FLASH_MAPS);
				http.getSession().setAttribute(FLASH_MAPS, flash);
			}
			chain.doFilter(request, response);
		});
		// just inside the session store's filter, so that getSession() is the stored session
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** The id from the cookie as in production; else, for a mock request, the one its mock session carries. */
	private record CarriedOrCookie(HttpSessionIdResolver cookie) implements HttpSessionIdResolver {

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			List<String> fromCookie = cookie.resolveSessionIds(request);
			HttpSession carrier = carrier(request, false);
			if (fromCookie.isEmpty() && carrier != null && carrier.getAttribute(STORED_SESSION_ID) instanceof String id) {
				return List.of(id);
			}
			return fromCookie;
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			cookie.setSessionId(request, response, sessionId);
			HttpSession carrier = carrier(request, true);
			if (carrier != null) {
				carrier.setAttribute(STORED_SESSION_ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			cookie.expireSession(request, response);
			HttpSession carrier = carrier(request, false);
			if (carrier != null) {
				carrier.removeAttribute(STORED_SESSION_ID);
			}
		}
	}

	/** The id of the stored session that a MockMvc test's session carries. */
	public static String storedId(MockHttpSession session) {
		return (String) session.getAttribute(STORED_SESSION_ID);
	}

	/** The mock request's own session, under Spring Session's wrappers; null for a real request. */
	private static HttpSession carrier(HttpServletRequest request, boolean create) {
		ServletRequest inner = request;
		while (inner instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
			inner = wrapper.getRequest();
		}
		return inner instanceof MockHttpServletRequest mock ? mock.getSession(create) : null;
	}
}
