package vn.atgt.thidua.common.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/** Lets a handler declare {@code CurrentUser user} and receive the signed-in user. */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return CurrentUsers.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
	}
}
