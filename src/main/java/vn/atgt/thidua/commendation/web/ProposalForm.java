package vn.atgt.thidua.commendation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalCommand;

/** A proposal as its form shows it; an unticked box sends nothing (read as no). */
record ProposalForm(
		@NotNull(message = "{proposal.unit.required}") Long unitId,
		@NotNull(message = "{proposal.kind.required}") NomineeKind kind,
		@NotBlank(message = "{proposal.nomineeName.required}") @Size(max = 300, message = "{validation.tooLong}") String nomineeName,
		@Size(max = 300, message = "{validation.tooLong}") String position,
		Gender gender,
		Boolean frontLine,
		@NotNull(message = "{proposal.awardForm.required}") Long awardFormId,
		@NotNull(message = "{proposal.decisionDate.required}") LocalDate plannedDecisionOn,
		@NotBlank(message = "{proposal.achievements.required}") @Size(max = 2000, message = "{validation.tooLong}") String achievements,
		@Size(max = 20000, message = "{validation.tooLong}") String achievementReport,
		List<Long> exemplarIds,
		List<Long> basisAwardIds,
		long version) {

	static ProposalForm empty(Long unitId, LocalDate decisionDate, NomineeKind kind) {
		return new ProposalForm(unitId, kind == null ? NomineeKind.INDIVIDUAL : kind, "", "", null, false, null,
				decisionDate, "", "", List.of(), List.of(), 0);
	}

	static ProposalForm of(ProposalCommand c, long version) {
		return new ProposalForm(c.unitId(), c.kind(), c.nomineeName(), c.position(), c.gender(), c.frontLine(),
				c.awardFormId(), c.plannedDecisionOn(), c.achievements(), c.achievementReport(), c.exemplarIds(),
				c.basisAwardIds(), version);
	}

	ProposalCommand toCommand() {
		return new ProposalCommand(unitId, kind, nomineeName, position, gender, Boolean.TRUE.equals(frontLine),
				awardFormId, plannedDecisionOn, achievements, achievementReport, exemplarIds,
				basisAwardIds);
	}
}
