package vn.atgt.thidua.scoring;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What a line of the score table does: a criterion scored up to its maximum (its points count towards the table's
 * total), a bonus criterion (điểm thưởng, all of them under the table's bonus cap), or a deduction (điểm trừ: points
 * per occurrence, up to its own cap).
 */
public enum CriterionKind implements Labelled {
	CRITERION, BONUS, DEDUCTION;

	@Override
	public String messageKey() {
		return "scoring.kind." + name();
	}
}
