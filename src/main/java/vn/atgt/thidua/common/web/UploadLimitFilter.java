package vn.atgt.thidua.common.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the limits ({@code spring.servlet.multipart.max-file-size} per file,
 * {@code max-request-size} per request) goes back to the page it came from with a plain message, as the other refused
 * actions do. It has to be caught here, before the security filters: their CSRF check reads the form's parameters,
 * which makes the servlet container parse the multipart body and fail before any controller advice could answer.
 * <p>
 * Only a signed-in user's body is parsed here (her session holds an authenticated security context): parsing stores
 * the parts, up to the request limit, and nobody unknown may have that done. Any other multipart request passes
 * unread, and the security filters send it to the sign-in page before their CSRF check reads a parameter.
 */
@Component
@Order(UploadLimitFilter.ORDER)
class UploadLimitFilter extends OncePerRequestFilter {

	/** Before Spring Security's filter chain (order -100). */
	static final int ORDER = -110;

	private final String maxFileSize;
	private final String maxRequestSize;
	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	UploadLimitFilter(MultipartProperties multipart) {
		this.maxFileSize = UploadSizes.shown(multipart.getMaxFileSize());
		this.maxRequestSize = UploadSizes.shown(multipart.getMaxRequestSize());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equalsIgnoreCase(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || !signedIn(request);
	}

	private boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security && trust.isAuthenticated(security.getAuthentication());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Flash refusal = null;
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException e) {
			refusal = refusal(e);
			if (refusal == null) {
				throw e;
			}
		}
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		String back = DomainExceptionHandler.backTo(request);
		FlashMap flash = new FlashMap();
		flash.put(Flash.ATTRIBUTE, refusal);
		flash.setTargetRequestPath(back.contains("?") ? back.substring(0, back.indexOf('?')) : back);
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + back);
	}

	/** The message for a body over a limit; null for any other failure (left to the usual error handling). */
	private Flash refusal(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.equals("FileSizeLimitExceededException")) {
				return new Flash(Flash.Level.DANGER, "upload.tooLarge", new Object[] { maxFileSize });
			}
			if (name.equals("SizeLimitExceededException")) {
				return new Flash(Flash.Level.DANGER, "upload.requestTooLarge", new Object[] { maxRequestSize });
			}
		}
		return null;
	}
}
