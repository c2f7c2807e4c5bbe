package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a proposal says: the unit, the nominee (a collective's name, or an individual's full name, position, gender and
 * whether a front-line worker — người lao động trực tiếp, holding no leading post), the award form and the date of the
 * decision it is meant for (the form must be valid that day), the achievements in short, the achievement report as
 * written here (or attached), the recognised exemplars of the unit it cites, and the awards already received it cites
 * as its grounds (a chuyên đề award is no grounds for a công trạng one: the pages warn).
 */
public record ProposalCommand(Long unitId, NomineeKind kind, String nomineeName, String position, Gender gender,
		boolean frontLine, Long awardFormId, LocalDate plannedDecisionOn, String achievements,
		String achievementReport, List<Long> exemplarIds, List<Long> basisAwardIds) {

	public ProposalCommand {
		exemplarIds = exemplarIds == null ? List.of() : List.copyOf(exemplarIds);
		basisAwardIds = basisAwardIds == null ? List.of() : List.copyOf(basisAwardIds);
	}

	/** A proposal that cites no award as its grounds. */
	public ProposalCommand(Long unitId, NomineeKind kind, String nomineeName, String position, Gender gender,
			boolean frontLine, Long awardFormId, LocalDate plannedDecisionOn, String achievements,
			String achievementReport, List<Long> exemplarIds) {
		this(unitId, kind, nomineeName, position, gender, frontLine, awardFormId, plannedDecisionOn, achievements,
				achievementReport, exemplarIds, List.of());
	}
}
