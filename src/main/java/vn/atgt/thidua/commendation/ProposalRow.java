package vn.atgt.thidua.commendation;

import java.time.LocalDate;

/** A line of the list of proposals (and of the dossier's nominee list). */
public record ProposalRow(Long id, Long unitId, String unitName, NomineeKind kind, String nomineeName,
		String position, Gender gender, boolean frontLine, Long awardFormId, String awardFormName, LocalDate plannedDecisionOn,
		String achievements, ProposalStatus status, Integer votesFor, String decisionNumber, boolean sample) {
}
