package vn.atgt.thidua.scoring.web;

import java.math.BigDecimal;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.VietnameseNumbers;

/** Points typed the Vietnamese way ("12,5"), kept as text in the forms so that a wrong one comes back as typed. */
final class Numbers {

	private Numbers() {
	}

	/**
	 * @return the number, or null when blank
	 * @throws FieldException {@code scoring.points.notNumber} on the field when it is not a number
	 */
	static BigDecimal parse(String field, String text) {
		try {
			return VietnameseNumbers.parse(text).orElse(null);
		}
		catch (NumberFormatException e) {
			throw new FieldException(field, "scoring.points.notNumber");
		}
	}

	static String format(BigDecimal value) {
		return value == null ? "" : VietnameseNumbers.format(value);
	}
}
