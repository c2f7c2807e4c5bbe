package vn.atgt.thidua.monitoring.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Markup;
import vn.atgt.thidua.monitoring.CellStatus;
import vn.atgt.thidua.monitoring.MatrixCell;
import vn.atgt.thidua.monitoring.MatrixColumn;
import vn.atgt.thidua.monitoring.MatrixRow;
import vn.atgt.thidua.monitoring.StatusMatrix;

/**
 * The matrix as its page draws it: every cell's words resolved once here, so that the template reads plain values
 * (a 200 × 12 matrix is some 2.600 cells; each expression and message lookup there costs). Each cell keeps its words,
 * its colour class ({@code is-late} when it came late or is overdue) and its link.
 */
record MatrixView(StatusMatrix matrix, List<Row> rows) {

	/** A row: the unit and its cells, in the columns' order, and those cells' markup ({@link #cellsHtml()}). */
	record Row(MatrixRow unit, String kind, List<Cell> cells) {

		/**
		 * The row's {@code <td>}s: {@code <td class="css" data-testid="…"><a class="cell-link" href="…"><span>label</span>
		 * <small class="d-block">detail</small></a></td>}, every value escaped ({@link Markup}).
		 */
		public String cellsHtml() {
			Markup html = new Markup();
			for (Cell c : cells) {
				html.raw("<td").attr("class", c.css()).attr("data-testid", c.testId()).raw("><a class=\"cell-link\"")
					.attr("href", c.link()).raw("><span>").text(c.label()).raw("</span><small class=\"d-block\">")
					.text(c.detail()).raw("</small></a></td>");
			}
			return html.toString();
		}
	}

	/** A cell: its colour class, test id, link (null: nothing to open), status in words and detail line. */
	record Cell(String css, String testId, String link, String label, String detail) {
	}

	/** The view of the matrix in the language of {@code locale}; links start with the application's context path. */
	static MatrixView of(StatusMatrix matrix, MessageSource messages, Locale locale, String contextPath) {
		Map<CellStatus, String> labels = new EnumMap<>(CellStatus.class);
		for (CellStatus status : CellStatus.values()) {
			labels.put(status, messages.getMessage(status.messageKey(), null, locale));
		}
		// a cell's detail is one of a few dozen phrases ("trễ 3 ngày"): each formatted once per page, not per cell
		Map<String, String> details = new HashMap<>();
		List<MatrixColumn> columns = matrix.columns();
		List<Row> rows = new ArrayList<>(matrix.rows().size());
		for (MatrixRow row : matrix.rows()) {
			List<Cell> cells = new ArrayList<>(row.cells().size());
			for (int c = 0; c < row.cells().size(); c++) {
				MatrixCell cell = row.cells().get(c);
				MatrixColumn column = columns.get(c);
				String detailKey = cell.detailKey();
				cells.add(new Cell(cell.late() || cell.overdue() ? cell.status().css() + " is-late" : cell.status().css(),
						"cell-" + row.unitId() + "-" + (column.registration() ? "registration" : column.periodId()),
						cell.link() == null ? null : contextPath + cell.link(), labels.get(cell.status()),
						detailKey == null ? null : details.computeIfAbsent(detailKey + '\u0000' + cell.detail(),
								k -> messages.getMessage(detailKey, new Object[] { cell.detail() }, locale))));
			}
			rows.add(new Row(row,
					row.unitKind() == null ? null : messages.getMessage(row.unitKind().messageKey(), null, locale),
					cells));
		}
		return new MatrixView(matrix, rows);
	}
}
