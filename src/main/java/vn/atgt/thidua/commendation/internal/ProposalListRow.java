package vn.atgt.thidua.commendation.internal;

import java.time.LocalDate;

import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalStatus;

/** A line of the proposals as read from the database, before its unit's name is looked up. */
public record ProposalListRow(Long id, Long unitId, NomineeKind kind, String nomineeName, String position,
		Gender gender, boolean frontLine, Long awardFormId, String awardFormName, LocalDate plannedDecisionOn, String achievements,
		ProposalStatus status, Integer votesFor, String decisionNumber, boolean sample) {
}
