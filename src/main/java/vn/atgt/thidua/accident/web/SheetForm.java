package vn.atgt.thidua.accident.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.atgt.thidua.accident.AccidentCells;
import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.FigureProblem;
import vn.atgt.thidua.accident.SheetArea;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.accident.SheetView;

/**
 * The entry grid of a month: the source, one row per commune/town and a last row for the whole area (filled only when
 * the police give just the total), and the version the user saw. The page draws the whole area's row last, so the
 * form reads which row it is without reading the month again; the service refuses figures of an area that is not the
 * sheet's (a tampered order writes nothing).
 */
record SheetForm(
		@NotBlank(message = "{accident.source.required}") @Size(max = 500, message = "{validation.tooLong}") String source,
		long version,
		List<LineForm> lines) {

	static SheetForm of(SheetView view) {
		List<LineForm> lines = new ArrayList<>();
		for (SheetArea area : view.areas()) {
			lines.add(LineForm.of(area.id(), view.figuresOf(area.id())));
		}
		lines.add(LineForm.of(view.root().id(), view.figuresOf(view.root().id())));
		return new SheetForm(view.source() == null ? "" : view.source(), view.version(), lines);
	}

	/**
	 * Reads the grid: every cell a whole number of at most {@link AccidentCells#MAX} ("1.234" is 1234), the rows of
	 * communes or the row of the whole area but not both, and the figures of each counted row consistent (no "of which"
	 * above the total, no implausible deaths). Problems go beside their cell or at the top of the form.
	 * @return the command, or null when the form has errors
	 */
	SheetCommand toCommand(BindingResult result, int plausibleDeaths) {
		List<LineForm> rows = lines == null ? List.of() : lines;
		Long rootId = rows.isEmpty() ? null : rows.get(rows.size() - 1).areaId();
		boolean rootFilled = false;
		boolean areasFilled = false;
		for (LineForm row : rows) {
			if (row.isFilled()) {
				if (Objects.equals(rootId, row.areaId())) {
					rootFilled = true;
				}
				else {
					areasFilled = true;
				}
			}
		}
		if (rootFilled && areasFilled) {
			result.reject("accident.sheet.mixed");
		}
		else if (!rootFilled && !areasFilled) {
			result.reject("accident.sheet.nothing");
		}
		SheetScope scope = rootFilled ? SheetScope.WHOLE_AREA : SheetScope.BY_AREA;
		Map<Long, AccidentFigures> figures = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			LineForm row = rows.get(i);
			boolean whole = Objects.equals(rootId, row.areaId());
			boolean counted = scope == SheetScope.WHOLE_AREA ? whole : !whole;
			String path = "lines[" + i + "].";
			AccidentFigures read = AccidentCells.read(row::cell, counted, (cell, key, args) -> result.rejectValue(
					path + cell, key, args, key));
			if (counted && read != null && row.areaId() != null) {
				for (FigureProblem problem : read.problems(plausibleDeaths)) {
					result.rejectValue(path + problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
				}
				figures.put(row.areaId(), read);
			}
		}
		return result.hasErrors() ? null : new SheetCommand(scope, source.strip(), figures);
	}
}
