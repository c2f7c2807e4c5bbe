package vn.atgt.thidua.common.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.DomainException;

/**
 * A domain rule refused an action that was not a form with fields (a button such as "Gửi" or "Duyệt"): go back to the
 * page the user came from and say why. Forms with fields catch their own exceptions and show them beside the field.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DomainExceptionHandler {

	private final String maxUploadSize;

	DomainExceptionHandler(MultipartProperties multipart) {
		this.maxUploadSize = UploadSizes.shown(multipart.getMaxFileSize());
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException e, HttpServletRequest request, RedirectAttributes redirect) {
		Flash.danger(redirect, e.messageKey(), e.arguments());
		return "redirect:" + backTo(request);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String conflict(HttpServletRequest request, RedirectAttributes redirect) {
		Flash.danger(redirect, "error.conflict");
		return "redirect:" + backTo(request);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		Flash.danger(redirect, "upload.tooLarge", maxUploadSize);
		return "redirect:" + backTo(request);
	}

	/** The same-site page the request came from, or the home page; never an outside address. */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
					String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
					String context = request.getContextPath();
					if (!context.isEmpty() && path.startsWith(context)) {
						path = path.substring(context.length());
					}
					if (path.startsWith("//")) {
						return "/";
					}
					return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
				}
			}
			catch (IllegalArgumentException ignored) {
				// a malformed Referer is treated as none
			}
		}
		return "/";
	}
}
