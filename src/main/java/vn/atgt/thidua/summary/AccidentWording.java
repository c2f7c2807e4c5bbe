package vn.atgt.thidua.summary;

import vn.atgt.thidua.accident.Change;
import vn.atgt.thidua.accident.Criterion;

/**
 * The sentences of the accident section, as Ban ATGT reports word them: "giảm 1 vụ (-11,1%), giảm 2 người chết và
 * tăng 8 người bị thương so với cùng kỳ năm 2023" — the percentage on the cases, the people in their own words
 * ("người chết", "người bị thương"); "bằng cùng kỳ" for an unchanged criterion; no percentage after a baseline of 0.
 */
public final class AccidentWording {

	private AccidentWording() {
	}

	/** The three criteria against the same period of the baseline year, or null when a side is unknown. */
	public static String comparison(Change cases, Change deaths, Change injured, int baselineYear) {
		if (cases == null || deaths == null || injured == null) {
			return null;
		}
		return change(cases, "vụ", "số vụ", true) + ", " + change(deaths, "người chết", "số người chết", false) + " và "
				+ change(injured, "người bị thương", "số người bị thương", false) + " so với cùng kỳ năm " + baselineYear;
	}

	/** "giảm 1 vụ (-11,1%)", "tăng 8 người bị thương", "số người chết bằng cùng kỳ". */
	static String change(Change change, String unit, String subject, boolean percent) {
		if (change.isSame()) {
			return subject + " bằng cùng kỳ";
		}
		String words = (change.isUp() ? "tăng " : "giảm ") + change.amount() + " " + unit;
		return percent && change.hasPercent() ? words + " (" + change.signedPercent() + ")" : words;
	}

	/** The words of a criterion in the table's first column. */
	static String label(Criterion criterion) {
		return switch (criterion) {
			case CASES -> "Số vụ tai nạn giao thông";
			case DEATHS -> "Số người chết";
			case INJURED -> "Số người bị thương";
			case DRINK_DRIVING -> "Số vụ liên quan nồng độ cồn";
			case ESPECIALLY_SERIOUS -> "Số vụ đặc biệt nghiêm trọng";
			case COMMERCIAL_TRANSPORT -> "Số vụ liên quan xe ô tô kinh doanh vận tải";
			case COLLISIONS -> "Số vụ va chạm giao thông";
		};
	}

	/** The change cell of the table: "-1", "+8", "0". */
	static String signed(Change change) {
		long d = change.difference();
		return d > 0 ? "+" + d : Long.toString(d);
	}
}
