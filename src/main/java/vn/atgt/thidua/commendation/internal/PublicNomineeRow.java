package vn.atgt.thidua.commendation.internal;

import java.time.LocalDate;

import vn.atgt.thidua.commendation.NomineeKind;

/** A published nominee as read from the database, before its unit's name is looked up. */
public record PublicNomineeRow(Long id, Long unitId, NomineeKind kind, String nomineeName, String position,
		String awardFormName, String achievements, LocalDate publishedUntil) {
}
