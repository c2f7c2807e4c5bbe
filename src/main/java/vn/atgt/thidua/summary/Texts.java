package vn.atgt.thidua.summary;

import java.util.Locale;

/** Small helpers for the Vietnamese sentences of a report. */
final class Texts {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private Texts() {
	}

	/** "Phát động …" → "phát động …" inside a sentence; a word in capitals ("UBND …") stays as it is. */
	static String lowerFirst(String text) {
		if (text == null || text.length() < 2 || !Character.isUpperCase(text.charAt(0))
				|| Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}
}
