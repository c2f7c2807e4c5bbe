package vn.atgt.thidua.scoring.web;

import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.scoring.CriterionCommand;
import vn.atgt.thidua.scoring.CriterionKind;
import vn.atgt.thidua.scoring.CriterionView;
import vn.atgt.thidua.scoring.SuggestionRule;

/**
 * A line of the score table as the office types it; figures as text. {@code position}: where it goes (blank: at the
 * end, or where it is). {@code version} is the table's as the page showed it.
 */
record CriterionForm(String number, String text, CriterionKind kind, String maxPoints, String pointsPerOccurrence,
		String guidance, String evidenceExpected, Integer position, SuggestionRule rule, Long taskAreaId,
		@NotNull(message = "{validation.staleForm}") Long version) {

	static CriterionForm empty(long version) {
		return new CriterionForm("", "", CriterionKind.CRITERION, "", "", "", "", null, null, null, version);
	}

	static CriterionForm of(CriterionView c, long version) {
		return new CriterionForm(c.number(), c.text(), c.kind(), Numbers.format(c.maxPoints()),
				Numbers.format(c.pointsPerOccurrence()), c.guidance(), c.evidenceExpected(), c.position(), c.rule(), c.taskAreaId(), version);
	}

	CriterionCommand toCommand() {
		return new CriterionCommand(number, text, kind, Numbers.parse("maxPoints", maxPoints),
				Numbers.parse("pointsPerOccurrence", pointsPerOccurrence), guidance, evidenceExpected, position, rule,
				taskAreaId);
	}
}
