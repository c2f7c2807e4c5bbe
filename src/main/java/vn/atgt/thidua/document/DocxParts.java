package vn.atgt.thidua.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The OOXML pieces {@link DocxWriter} builds the layout of Nghị định 30 from: borderless tables of fixed column
 * widths, the short rules under the header's lines, runs of text in the document's font, table cells written line by
 * line. Apache POI's own API leaves these to the low-level {@code CT…} classes; kept apart so that the writer reads as
 * the order of the document's parts.
 */
final class DocxParts {

	private DocxParts() {
	}

	/** A borderless table of fixed column widths, for the header and the closing. */
	static XWPFTable layoutTable(XWPFDocument docx, int rows, int... widths) {
		XWPFTable table = docx.createTable(rows, widths.length);
		shape(table, widths);
		borders(table, XWPFBorderType.NONE, 0, "auto");
		table.setCellMargins(0, 0, 0, 0);
		return table;
	}

	static void borders(XWPFTable table, XWPFBorderType type, int size, String color) {
		table.setTopBorder(type, size, 0, color);
		table.setBottomBorder(type, size, 0, color);
		table.setLeftBorder(type, size, 0, color);
		table.setRightBorder(type, size, 0, color);
		table.setInsideHBorder(type, size, 0, color);
		table.setInsideVBorder(type, size, 0, color);
	}

	static void shape(XWPFTable table, int[] widths) {
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(total));
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(twips(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				row.getCell(c).setWidthType(TableWidthType.DXA);
				row.getCell(c).setWidth(Integer.toString(widths[c]));
			}
		}
	}

	/**
	 * An empty thin paragraph carrying a centred line of {@code length} twips in a space {@code width} wide: the rules
	 * under the issuer, the motto and the summary (Phụ lục I draws them as lines of fixed length).
	 */
	static void rule(XWPFParagraph paragraph, int width, int length) {
		int indent = Math.max(0, (width - length) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setSpacingBefore(0);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		// an empty paragraph is as tall as its mark: a 4 pt mark puts the line a little under the text above
		(properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr()).addNewSz().setVal(twips(8));
		CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
		CTBorder line = borders.addNewBottom();
		line.setVal(STBorder.SINGLE);
		line.setSz(twips(6));
		line.setSpace(twips(1));
		line.setColor("000000");
	}

	static void text(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(DocxWriter.FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	static void font(CTRPr properties, int size) {
		CTFonts fonts = properties.addNewRFonts();
		fonts.setAscii(DocxWriter.FONT);
		fonts.setHAnsi(DocxWriter.FONT);
		fonts.setCs(DocxWriter.FONT);
		fonts.setEastAsia(DocxWriter.FONT);
		properties.addNewSz().setVal(BigInteger.valueOf(size * 2L));
	}

	static BigInteger twips(int value) {
		return BigInteger.valueOf(value);
	}

	/** Writes the paragraphs of a table cell, using the empty paragraph every new cell has first. */
	static final class Cell {

		private final XWPFTableCell cell;
		private boolean used;
		private XWPFParagraph paragraph;

		Cell(XWPFTableCell cell) {
			this.cell = cell;
		}

		Cell line(ParagraphAlignment alignment) {
			paragraph = used ? cell.addParagraph() : cell.getParagraphs().get(0);
			used = true;
			paragraph.setAlignment(alignment);
			paragraph.setSpacingAfter(0);
			paragraph.setSpacingBefore(0);
			return this;
		}

		/** The paragraph of the current line. */
		XWPFParagraph paragraph() {
			return paragraph;
		}

		void text(String text, int size, boolean bold, boolean italic) {
			DocxParts.text(paragraph, text, size, bold, italic);
		}
	}
}
