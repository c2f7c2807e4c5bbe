package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a unit's points add up to on a table: the criteria's points ({@code main}), the bonus points as given and as
 * counted under the bonus cap, the deductions as given and as counted under the overall cap, and the total
 * {@code main + bonus − deductions} (never below 0).
 */
public record Breakdown(BigDecimal main, BigDecimal bonusGiven, BigDecimal bonus, BigDecimal deductionsGiven,
		BigDecimal deductions, BigDecimal total) {

	/** True when the bonus cap cut the bonus points down. */
	public boolean bonusCapped() {
		return bonus.compareTo(bonusGiven) < 0;
	}

	/** True when a cap cut the deductions down. */
	public boolean deductionsCapped() {
		return deductions.compareTo(deductionsGiven) < 0;
	}

	/**
	 * Adds up the values of a unit's score on the table: points for criteria and bonuses (each at most its maximum),
	 * occurrences for deductions (each deduction {@code occurrences × points per occurrence}, at most its own cap).
	 * A line without a value counts 0. The bonus is cut to the table's bonus cap, the deductions to its overall cap
	 * when it has one.
	 * @param values by criterion id
	 */
	public static Breakdown of(ScoreTableView table, Map<Long, BigDecimal> values) {
		BigDecimal main = BigDecimal.ZERO;
		BigDecimal bonus = BigDecimal.ZERO;
		BigDecimal deductions = BigDecimal.ZERO;
		for (CriterionView c : table.scoredCriteria()) {
			BigDecimal value = values.get(c.id());
			if (value == null || value.signum() <= 0) {
				continue;
			}
			switch (c.kind()) {
				case CRITERION -> main = main.add(capped(value, c.maxPoints()));
				case BONUS -> bonus = bonus.add(capped(value, c.maxPoints()));
				case DEDUCTION -> deductions = deductions.add(capped(deduction(c, value), c.maxPoints()));
			}
		}
		BigDecimal countedBonus = capped(bonus, table.bonusCap());
		BigDecimal countedDeductions = capped(deductions, table.deductionCap());
		BigDecimal total = main.add(countedBonus).subtract(countedDeductions).max(BigDecimal.ZERO);
		return new Breakdown(main, bonus, countedBonus, deductions, countedDeductions, total);
	}

	/** The points a deduction takes for a number of occurrences, before its cap. */
	public static BigDecimal deduction(CriterionView c, BigDecimal occurrences) {
		return c.pointsPerOccurrence() == null ? BigDecimal.ZERO : c.pointsPerOccurrence().multiply(occurrences);
	}

	private static BigDecimal capped(BigDecimal value, BigDecimal cap) {
		return cap == null ? value : value.min(cap);
	}
}
