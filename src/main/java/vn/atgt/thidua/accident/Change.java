package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One criterion against the same period of the baseline year, as Vietnamese reports state it: the absolute change
 * and the percentage of the baseline with one decimal ("giảm 3 vụ (-25,0%)"); no percentage when the baseline is 0
 * ("tăng 2 vụ").
 */
public record Change(long current, long baseline) {

	public enum Direction {
		UP, DOWN, SAME
	}

	public long difference() {
		return current - baseline;
	}

	/** The size of the change, without sign: the "3" of "giảm 3 vụ". */
	public long amount() {
		return Math.abs(difference());
	}

	public Direction direction() {
		long d = difference();
		return d > 0 ? Direction.UP : d < 0 ? Direction.DOWN : Direction.SAME;
	}

	public boolean isUp() {
		return direction() == Direction.UP;
	}

	public boolean isDown() {
		return direction() == Direction.DOWN;
	}

	public boolean isSame() {
		return direction() == Direction.SAME;
	}

	/** True when a percentage can be given (the baseline is not 0). */
	public boolean hasPercent() {
		return baseline != 0;
	}

	/** The signed change in percent of the baseline, rounded half up to one decimal; null when the baseline is 0. */
	public BigDecimal percent() {
		if (baseline == 0) {
			return null;
		}
		return BigDecimal.valueOf(difference() * 100).divide(BigDecimal.valueOf(baseline), 1, RoundingMode.HALF_UP);
	}

	/**
	 * How the change is worded: {@code down} ("giảm 3 vụ (-25,0%)"), {@code up} ("tăng 1 người (+12,5%)"),
	 * {@code upNew} (a rise from 0, without a percentage: "tăng 2 vụ") or {@code same} ("bằng cùng kỳ"). The messages
	 * {@code accident.change.<wording>} take the amount, the unit word and {@link #signedPercent()}.
	 */
	public String wording() {
		return switch (direction()) {
			case SAME -> "same";
			case DOWN -> "down";
			case UP -> hasPercent() ? "up" : "upNew";
		};
	}

	/** {@code accident.change.} and the {@link #wording()}. */
	public String messageKey() {
		return "accident.change." + wording();
	}

	private static final DecimalFormat PERCENT = percentFormat();

	private static DecimalFormat percentFormat() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.0", symbols);
	}

	/** "-25,0%", "+12,5%", "0,0%"; empty when the baseline is 0. */
	public String signedPercent() {
		BigDecimal percent = percent();
		if (percent == null) {
			return "";
		}
		DecimalFormat format = (DecimalFormat) PERCENT.clone(); // built once: a pattern parsed per cell showed in profiles
		String sign = percent.signum() > 0 ? "+" : percent.signum() < 0 ? "-" : "";
		return sign + format.format(percent.abs()) + "%";
	}
}
