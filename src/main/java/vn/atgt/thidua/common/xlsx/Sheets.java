package vn.atgt.thidua.common.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.atgt.thidua.common.DomainException;

/**
 * Reading and writing the simple one-sheet XLSX files of imports and exports: a header row with Vietnamese column
 * names, then one row per record. Cells are read as the user sees them (so "1.234" stays "1.234").
 */
public final class Sheets {

	/** Import sheets with more rows than this are refused; the reading stops at the first row over it. */
	public static final int MAX_ROWS = 20_000;

	private Sheets() {
	}

	/**
	 * Reads the first sheet. Columns are found by their header (any order); a missing header is a problem of row 1.
	 * Cells are read as text, as Excel shows them; a cell with a formula is a problem of its row ({@code import.formula})
	 * and is never computed. The file is read as a stream ({@link SheetReader}), within fixed limits.
	 * @throws DomainException {@code import.notXlsx} when the file is not an XLSX workbook; {@code import.tooLarge}
	 *         when it unpacks to more than an import may hold
	 */
	public static List<SheetRow> read(InputStream in, List<String> headers, List<ImportProblem> problems) {
		return SheetReader.read(in, headers, problems, SheetReader.Limits.DEFAULT);
	}

	/**
	 * A workbook with one sheet of a page's table: the lines {@code above} (what the table is of, its filters), an empty
	 * row, the bold header row, then the rows; a {@link Number} is written as a number (so that Calc and Excel sum
	 * it), anything else as its text, null as an empty cell.
	 */
	public static byte[] writeTable(String sheetName, List<String> above, List<String> headers,
			List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fillTable(workbook, sheetName, above, headers, rows);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * As {@link #writeTable}, for a table of thousands of rows (a province's units): streamed with SXSSF, which keeps
	 * only a window of rows in memory and writes the others out as they come; {@code rows} may build each row only
	 * when it is asked for, so that neither the rows nor the sheet are held whole.
	 */
	public static byte[] writeLargeTable(String sheetName, List<String> above, List<String> headers,
			Iterable<List<Object>> rows) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMED_ROWS);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fillTable(workbook, sheetName, above, headers, rows);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	/** The rows an SXSSF sheet keeps in memory while it is written. */
	private static final int STREAMED_ROWS = 200;

	private static void fillTable(Workbook workbook, String sheetName, List<String> above, List<String> headers,
			Iterable<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(sheetName);
		CellStyle headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
		headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		int r = 0;
		for (String line : above) {
			sheet.createRow(r++).createCell(0).setCellValue(line);
		}
		if (!above.isEmpty()) {
			r++;
		}
		int headerRow = r;
		Row header = sheet.createRow(r++);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(headerStyle);
		}
		for (List<Object> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
		for (int c = 0; c < headers.size(); c++) {
			sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
		}
		sheet.createFreezePane(0, headerRow + 1);
	}

	/** A workbook with one sheet: bold header row, then the rows as text. */
	public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(headerStyle);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) != null) {
						row.createCell(c).setCellValue(values.get(c));
					}
				}
			}
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
