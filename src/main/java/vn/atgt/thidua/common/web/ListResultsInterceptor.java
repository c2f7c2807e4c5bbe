package vn.atgt.thidua.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a list page's filter or pager request made by htmx with the list's results alone
 * ({@code fragments/list :: results}, marked {@code list-results} in each list template): the layout, navigation and
 * filter form are neither rendered nor sent again, and the address bar keeps the filters (htmx pushes the URL). A
 * normal request, a history restore (htmx reloads the whole page) and a redirect are left as they are, so the same
 * links work without JavaScript.
 */
class ListResultsInterceptor implements HandlerInterceptor {

	static final String FRAGMENT = "list-results";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		response.addHeader("Vary", "HX-Request, HX-Target");
		String name = view == null ? null : view.getViewName();
		if (name != null && !name.contains("::") && !name.startsWith("redirect:") && wantsResults(request)) {
			view.setViewName(name + " :: " + FRAGMENT);
		}
	}

	private static boolean wantsResults(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && FRAGMENT.equals(request.getHeader("HX-Target"))
				&& request.getHeader("HX-History-Restore-Request") == null;
	}
}
