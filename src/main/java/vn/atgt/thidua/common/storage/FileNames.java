package vn.atgt.thidua.common.storage;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploaded file's name safe to keep and to send back: no directories ("../../x" becomes "x"), no control or
 * reserved characters, a bounded length, and the extension of what the file really is. Vietnamese letters stay.
 */
public final class FileNames {

	static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	public static String sanitise(String original, FileKind kind) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		stem = stem.strip();
		if (stem.isEmpty()) {
			stem = "tep";
		}
		String extension = "." + kind.extension();
		if (stem.length() + extension.length() > MAX_LENGTH) {
			stem = stem.substring(0, MAX_LENGTH - extension.length());
		}
		return stem + extension.toLowerCase(Locale.ROOT);
	}
}
