package vn.atgt.thidua.common.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * Keeps an uploaded import sheet in the user's session between its dry run and the confirmation, so that the user
 * does not upload it twice; the confirmation checks it again before writing anything.
 */
public final class PendingUploads {

	private static final String PREFIX = "pending-upload.";

	private PendingUploads() {
	}

	public static String keep(HttpSession session, String kind, byte[] content) {
		String token = UUID.randomUUID().toString();
		session.setAttribute(PREFIX + kind, new Pending(token, content));
		return token;
	}

	/** The kept content if the token matches the latest upload of that kind. */
	public static Optional<byte[]> take(HttpSession session, String kind, String token) {
		Object value = session.getAttribute(PREFIX + kind);
		if (value instanceof Pending pending && pending.token().equals(token)) {
			session.removeAttribute(PREFIX + kind);
			return Optional.of(pending.content());
		}
		return Optional.empty();
	}

	private record Pending(String token, byte[] content) implements java.io.Serializable {
	}
}
