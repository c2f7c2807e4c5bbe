package vn.atgt.thidua.common;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * An answer kept for the rest of the running request (outside a request, computed each time). For reads that several
 * modules ask on the same page, such as the layout's navigation: a request is short, so the answer cannot go stale
 * the way a cache shared between requests or between nodes would.
 */
public final class RequestMemo {

	private RequestMemo() {
	}

	/** True while a web request runs on this thread (the only time an answer is kept). */
	public static boolean inRequest() {
		return RequestContextHolder.getRequestAttributes() != null;
	}

	/** Forgets every answer kept under a key that starts with {@code prefix}: after a change of what they answered. */
	public static void forget(String prefix) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		String start = RequestMemo.class.getName() + "." + prefix;
		for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
			if (name.startsWith(start)) {
				request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
			}
		}
	}

	@SuppressWarnings("unchecked")
	public static <T> T get(String key, Supplier<T> supplier) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return supplier.get();
		}
		String name = RequestMemo.class.getName() + "." + key;
		Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (known == null) {
			known = supplier.get();
			request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
		}
		return (T) known;
	}
}
