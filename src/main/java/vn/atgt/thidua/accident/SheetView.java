package vn.atgt.thidua.accident;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The entry screen of one accident month: the month, whether it is a month of the baseline year, the committee's area
 * and its communes/town valid in the month, the figures entered so far (by area id; empty before the first save), the
 * classification rule kept with them (or in force for a new sheet) and every rule in force during the month, who
 * entered and confirmed them, the version to save against and the history.
 */
public record SheetView(AccidentPeriod period, boolean baselineMonth, SheetArea root, List<SheetArea> areas,
		Long sheetId, SheetStatus status, SheetScope scope, String source, Map<Long, AccidentFigures> figures,
		AccidentRuleView rule, List<AccidentRuleView> rulesInPeriod, Instant enteredAt, String enteredBy,
		Instant confirmedAt, String confirmedBy, long version, List<SheetHistoryRow> history) {

	public boolean isNew() {
		return sheetId == null;
	}

	public boolean isConfirmed() {
		return status == SheetStatus.CONFIRMED;
	}

	public boolean isDraft() {
		return status == SheetStatus.DRAFT;
	}

	/** The figures of an area, or null when none were entered for it. */
	public AccidentFigures figuresOf(Long areaId) {
		return figures.get(areaId);
	}

	/** The name of one of the sheet's areas (a commune/town, or the whole area), or null when it is not one. */
	public String areaName(Long areaId) {
		if (root.id().equals(areaId)) {
			return root.name();
		}
		return areas.stream().filter(a -> a.id().equals(areaId)).map(SheetArea::name).findFirst().orElse(null);
	}

	/** The sum over every line, or null before the first save. */
	public AccidentFigures total() {
		return FigureComparison.sum(figures.values());
	}
}
