package vn.atgt.thidua.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The depth of each line of a score table from its numbering, as the source documents number them: Roman numerals
 * ("I.", "II.") head the table's parts; Arabic numbers ("1.", "2") come next and each further segment ("1.1", "1.1.2")
 * goes one level deeper; letters ("a)", "b.") sit one level below the Arabic line before them; a dash or plus ("-",
 * "+") one level below the line before it that is not a dash. The depth is computed over the whole list each time, so
 * that inserting or removing a line never leaves a stale tree.
 */
public final class ScoreNumbering {

	private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?");
	private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*\\.?");
	private static final Pattern LETTER = Pattern.compile("[a-zđ][).]");
	private static final Pattern DASH = Pattern.compile("[-+–•]");

	private ScoreNumbering() {
	}

	/** True when the numbering is one the table understands. */
	public static boolean isValid(String number) {
		if (number == null) {
			return false;
		}
		String n = number.strip();
		return ROMAN.matcher(n).matches() || ARABIC.matcher(n).matches() || LETTER.matcher(n).matches()
				|| DASH.matcher(n).matches();
	}

	/** The depth of every line (0 at the top), in order; an invalid number is placed like a dash. */
	public static List<Integer> depths(List<String> numbers) {
		List<Integer> depths = new ArrayList<>(numbers.size());
		boolean roman = false;
		int arabic = -1;
		int lastNonDash = -1;
		for (String raw : numbers) {
			String n = raw == null ? "" : raw.strip();
			int depth;
			if (ROMAN.matcher(n).matches()) {
				roman = true;
				depth = 0;
				arabic = -1;
			}
			else if (ARABIC.matcher(n).matches()) {
				String digits = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
				depth = (roman ? 1 : 0) + digits.split("\\.").length - 1;
				arabic = depth;
			}
			else if (LETTER.matcher(n).matches()) {
				depth = arabic >= 0 ? arabic + 1 : lastNonDash + 1;
			}
			else {
				depths.add(Math.max(0, lastNonDash + 1));
				continue;
			}
			lastNonDash = depth;
			depths.add(depth);
		}
		return depths;
	}

	/** True for each line that has no deeper line right after it (no sub-criteria): the lines a unit scores. */
	public static List<Boolean> leaves(List<Integer> depths) {
		List<Boolean> leaves = new ArrayList<>(depths.size());
		for (int i = 0; i < depths.size(); i++) {
			leaves.add(i + 1 >= depths.size() || depths.get(i + 1) <= depths.get(i));
		}
		return leaves;
	}
}
