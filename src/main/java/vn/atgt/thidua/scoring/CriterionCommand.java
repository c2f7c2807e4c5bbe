package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/**
 * A line of the score table as the office types it or a sheet row gives it. {@code position}: where it goes (1 for
 * the top); null puts a new line at the end and leaves an edited one where it is.
 */
public record CriterionCommand(String number, String text, CriterionKind kind, BigDecimal maxPoints,
		BigDecimal pointsPerOccurrence, String guidance, String evidenceExpected, Integer position) {
}
