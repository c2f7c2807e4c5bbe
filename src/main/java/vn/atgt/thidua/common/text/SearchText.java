package vn.atgt.thidua.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-free search keys for Vietnamese text: "UBND xã Bản Bo" becomes "ubnd xa ban bo", so that a user who types
 * without diacritics ("ban bo") still finds it. Entities store the key in a column and queries compare keys.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	public static String key(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** A LIKE pattern for a user's query, or null when the query is blank (no filter). */
	public static String likePattern(String query) {
		String key = key(query);
		if (key.isEmpty()) {
			return null;
		}
		return "%" + key.replace("\\", "").replace("%", "").replace("_", "") + "%";
	}
}
