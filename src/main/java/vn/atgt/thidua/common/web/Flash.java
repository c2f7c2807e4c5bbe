package vn.atgt.thidua.common.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown after a redirect (Post/Redirect/Get). It carries a message key and arguments; the
 * {@code fragments/flash} fragment is the only place that renders it.
 */
public record Flash(Level level, String key, Object[] args) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public enum Level {
		SUCCESS, WARNING, DANGER, INFO;

		public String css() {
			return "alert-" + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(Level.SUCCESS, key, args));
	}

	public static void warning(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(Level.WARNING, key, args));
	}

	public static void danger(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(Level.DANGER, key, args));
	}
}
