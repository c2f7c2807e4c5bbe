package vn.atgt.thidua.common.web;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@code Pageable} of every list ({@code ?page=} from 0, the size from the handler's {@code @PageableDefault},
 * at most {@value #MAX_SIZE}): Spring Data's resolver, with the page number clamped so that its offset fits the
 * {@code int} that JPA's {@code setFirstResult} takes. Without it {@code ?page=2147483647} overflowed the offset and
 * answered 500; now it is simply a page past the end, shown empty with the links back.
 */
class ClampedPageableResolver extends PageableHandlerMethodArgumentResolver {

	static final int MAX_SIZE = 200;

	ClampedPageableResolver() {
		setMaxPageSize(MAX_SIZE);
	}

	@Override
	public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Pageable asked = super.resolveArgument(parameter, container, request, binders);
		return clamp(asked);
	}

	static Pageable clamp(Pageable asked) {
		if (asked.isUnpaged()) {
			return asked;
		}
		int deepest = Integer.MAX_VALUE / asked.getPageSize() - 1;
		return asked.getPageNumber() <= deepest ? asked : PageRequest.of(deepest, asked.getPageSize(), asked.getSort());
	}
}
