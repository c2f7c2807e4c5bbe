package vn.atgt.thidua.scoring;

/**
 * What the user may do on a scoring page, as {@link ScoringAccess} answers it: edit the score table, start her unit's
 * self-score, edit it, submit it (the head), review / return / accept it and record exclusions (the office), reopen
 * an accepted one, make an accepted score final or
 * reopen a final one (a leader), and see every unit (the ranking and its export).
 */
public record ScoringActions(boolean editTable, boolean start, boolean edit, boolean submit, boolean review,
		boolean reopen, boolean finalise, boolean reopenFinal, boolean seesAll) {

	public static final ScoringActions NONE = new ScoringActions(false, false, false, false, false, false, false, false,
			false);
}
