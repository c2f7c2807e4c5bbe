package vn.atgt.thidua.scoring.web;

import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.scoring.TableSettings;

/** The score table's title and figures, typed as text; {@code version} is the table's as shown (0 for a new one). */
record TableSettingsForm(String title, String totalPoints, String passMark, String bonusCap, String deductionCap,
		@NotNull(message = "{validation.staleForm}") Long version) {

	static TableSettingsForm empty() {
		return new TableSettingsForm("", "100", "50", "0", "", 0L);
	}

	static TableSettingsForm of(ScoreTableView t) {
		return new TableSettingsForm(t.title(), Numbers.format(t.totalPoints()), Numbers.format(t.passMark()),
				Numbers.format(t.bonusCap()), Numbers.format(t.deductionCap()), t.version());
	}

	/** @throws vn.atgt.thidua.common.FieldException for a figure that is not a number */
	TableSettings toSettings() {
		return new TableSettings(title, Numbers.parse("totalPoints", totalPoints), Numbers.parse("passMark", passMark),
				Numbers.parse("bonusCap", bonusCap), Numbers.parse("deductionCap", deductionCap));
	}
}
