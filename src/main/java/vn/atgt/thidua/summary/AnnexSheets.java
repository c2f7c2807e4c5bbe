package vn.atgt.thidua.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX of a report's annex tables: one sheet per table, a title line, an empty row, the bold header row, then the
 * rows. Figures are written as numbers so that Calc and Excel add them up: a {@link Number} as it is, and a cell of a
 * section's table that reads as a Vietnamese number ("1.234,5", "-1", "+8") as that number, a percentage ("-11,1%") as
 * a fraction shown in percent; anything else as its text.
 */
final class AnnexSheets {

	/** One sheet: its name (at most 31 characters), the title line above the table, the header and the rows. */
	record AnnexSheet(String name, String title, List<String> header, List<List<Object>> rows) {
	}

	private static final Pattern NUMBER = Pattern.compile("([-+]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?)(%?)");

	private AnnexSheets() {
	}

	/** Rows kept in memory per sheet while writing; the rest are flushed to a temporary file (SXSSF). */
	private static final int WINDOW = 200;

	/**
	 * The workbook, streamed: each sheet keeps {@link #WINDOW} rows in memory and flushes the others to a temporary
	 * file, deleted when done, so that a province's 12,000 rows by unit (a nation's 240,000) do not sit in the heap as
	 * cell objects (XSSF holds every cell: 11.7 s and hundreds of MB at province scale).
	 */
	static byte[] write(List<AnnexSheet> sheets) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		// without ZIP64 records, which java.util.zip (the file store's type check, FileSniffer) does not read
		workbook.setZip64Mode(Zip64Mode.Never);
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle header = workbook.createCellStyle();
			header.cloneStyleFrom(bold);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			for (AnnexSheet annex : sheets) {
				Sheet sheet = workbook.createSheet(annex.name());
				Cell title = sheet.createRow(0).createCell(0);
				title.setCellValue(annex.title());
				title.setCellStyle(bold);
				Row head = sheet.createRow(2);
				for (int c = 0; c < annex.header().size(); c++) {
					Cell cell = head.createCell(c);
					cell.setCellValue(annex.header().get(c));
					cell.setCellStyle(header);
					sheet.setColumnWidth(c, Math.min(50, Math.max(10, annex.header().get(c).length() + 2)) * 256);
				}
				for (int r = 0; r < annex.rows().size(); r++) {
					Row row = sheet.createRow(r + 3);
					List<Object> values = annex.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						put(row.createCell(c), values.get(c), percent);
					}
				}
				sheet.createFreezePane(0, 3);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void put(Cell cell, Object value, CellStyle percent) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return;
		}
		String text = value.toString();
		Matcher m = NUMBER.matcher(text);
		if (m.matches()) {
			BigDecimal number = new BigDecimal(m.group(1).replace("+", "").replace(".", "").replace(',', '.'));
			if (m.group(2).isEmpty()) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(number.movePointLeft(2).doubleValue());
				cell.setCellStyle(percent);
			}
			return;
		}
		cell.setCellValue(text);
	}

	/** A section's stored table as a sheet's rows (its cells read as numbers where they are). */
	static List<List<Object>> rows(SectionTable table) {
		return table == null ? List.of() : table.rows().stream().map(row -> List.<Object>copyOf(row)).toList();
	}
}
