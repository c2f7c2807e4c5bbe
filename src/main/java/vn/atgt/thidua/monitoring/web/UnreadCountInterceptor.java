package vn.atgt.thidua.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import vn.atgt.thidua.common.security.CurrentUsers;
import vn.atgt.thidua.monitoring.NotificationService;

/** Puts the unread count in every full page the layout renders (one small count query; none for redirects). */
class UnreadCountInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "unreadNotifications";

	private final NotificationService notifications;

	UnreadCountInterceptor(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
				|| request.getHeader("HX-Request") != null) {
			return;
		}
		CurrentUsers.current().ifPresent(user -> view.addObject(ATTRIBUTE, notifications.unreadCount(user.id())));
	}
}
