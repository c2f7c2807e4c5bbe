package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/** The figures of a score table: its title, stated total, pass mark, bonus cap and overall deduction cap (or null). */
public record TableSettings(String title, BigDecimal totalPoints, BigDecimal passMark, BigDecimal bonusCap,
		BigDecimal deductionCap) {
}
