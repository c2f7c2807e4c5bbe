package vn.atgt.thidua.registration;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * How a quantitative target is met: at least the value (sessions held, people reached), at most the value (a
 * reduction target such as "số vụ TNGT ≤ 5"), or exactly the value.
 */
public enum TargetDirection implements Labelled {
	AT_LEAST("≥"), AT_MOST("≤"), EXACTLY("=");

	private final String symbol;

	TargetDirection(String symbol) {
		this.symbol = symbol;
	}

	/** The sign written before the target value: ≥, ≤ or =. */
	public String symbol() {
		return symbol;
	}

	@Override
	public String messageKey() {
		return "target.direction." + name();
	}
}
