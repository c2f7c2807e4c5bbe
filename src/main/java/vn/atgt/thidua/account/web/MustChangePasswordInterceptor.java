package vn.atgt.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/** After an administrator reset her password, a user may do nothing before choosing her own. */
class MustChangePasswordInterceptor implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		boolean mustChange = CurrentUsers.current().map(CurrentUser::mustChangePassword).orElse(false);
		if (mustChange) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}
}
