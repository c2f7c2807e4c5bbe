package vn.atgt.thidua.commendation;

import java.time.LocalDate;

/**
 * A nominee as the public page shows it during the comment window: the name of the person or collective, position,
 * unit, award form, the achievements in short and the last day for comments. Nothing else (no contact data, no
 * report, no votes).
 */
public record PublicNominee(Long id, NomineeKind kind, String nomineeName, String position, String unitName,
		String awardFormName, String achievements, LocalDate publishedUntil) {
}
