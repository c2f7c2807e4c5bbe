package vn.atgt.thidua.common.web;

import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form posted with a field name that no page writes — {@code lines[300].cases} past the binder's limit of 256,
 * {@code lines[-1].cases}, {@code lines[abc].cases} — makes the binder throw while it builds a form record (for a
 * record it does so before any {@code BindingResult} exists), which answered 500. Such a request is malformed, not a
 * mistake a user can correct beside a field: it is answered 400 with the general error page, for every form at once.
 * Field values that do not convert ("abc" for a number) are not affected: they stay field errors.
 */
@Component
class MalformedFieldNames implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers().stream()
				.map(r -> r instanceof ModelAttributeMethodProcessor ? new Guarded(r) : r)
				.toList();
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	private record Guarded(HandlerMethodArgumentResolver delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			try {
				return delegate.resolveArgument(parameter, container, request, binders);
			}
			catch (InvalidPropertyException | IndexOutOfBoundsException | NumberFormatException e) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed field name", e);
			}
		}
	}
}
