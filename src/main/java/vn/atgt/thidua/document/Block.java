package vn.atgt.thidua.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a document's body: a heading ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), a paragraph, a dashed line
 * ("- …") or a table with a header row. The writer gives each the layout of Nghị định 30/2020.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Bullet, Block.Table {

	/** A heading in bold, written as it should appear ("II. NỘI DUNG PHONG TRÀO THI ĐUA"). */
	record Heading(String text) implements Block {

		public Heading {
			Objects.requireNonNull(text, "text");
		}
	}

	/** A body paragraph: justified, first line indented. */
	record Paragraph(String text) implements Block {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}
	}

	/** A dashed line: a paragraph that starts with "- " (the writer adds the dash). */
	record Bullet(String text) implements Block {

		public Bullet {
			Objects.requireNonNull(text, "text");
		}
	}

	/**
	 * A table across the text width, with a bold header row repeated on every page: for lists of units and figures.
	 * Every row has one cell per column.
	 */
	record Table(List<Column> columns, List<List<String>> rows) implements Block {

		public Table {
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("a table needs a column");
			}
			List<List<String>> copied = new ArrayList<>();
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
							+ columns.size() + " columns");
				}
				copied.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
			}
			rows = List.copyOf(copied);
		}

		/** A table with these columns and no row yet: {@code Table.of(Column.number("STT"), Column.text("Đơn vị", 6))}. */
		public static Table of(Column... columns) {
			return new Table(Arrays.asList(columns), List.of());
		}

		/** This table with one more row. */
		public Table withRow(String... cells) {
			List<List<String>> more = new ArrayList<>(rows);
			more.add(Arrays.asList(cells));
			return new Table(columns, more);
		}

		/** This table with more rows. */
		public Table withRows(List<List<String>> added) {
			List<List<String>> more = new ArrayList<>(rows);
			more.addAll(added);
			return new Table(columns, more);
		}

		/** How a column's cells are aligned: text left, order numbers centred, figures right. */
		public enum Align {
			LEFT, CENTRE, RIGHT
		}

		/**
		 * A column: its header, its share of the width (relative to the other columns' weights) and the alignment of its
		 * cells.
		 */
		public record Column(String title, int weight, Align align) {

			public Column {
				Objects.requireNonNull(title, "title");
				Objects.requireNonNull(align, "align");
				if (weight < 1) {
					throw new IllegalArgumentException("weight " + weight);
				}
			}

			/** A narrow centred column for the order number ("STT"). */
			public static Column number(String title) {
				return new Column(title, 1, Align.CENTRE);
			}

			public static Column text(String title, int weight) {
				return new Column(title, weight, Align.LEFT);
			}

			public static Column figure(String title, int weight) {
				return new Column(title, weight, Align.RIGHT);
			}

			public static Column centred(String title, int weight) {
				return new Column(title, weight, Align.CENTRE);
			}
		}
	}
}
