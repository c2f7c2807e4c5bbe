package vn.atgt.thidua.common.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.atgt.thidua.common.DomainException;

/**
 * Reading and writing the simple one-sheet XLSX files of imports and exports: a header row with Vietnamese column
 * names, then one row per record. Cells are read as the user sees them (so "1.234" stays "1.234").
 */
public final class Sheets {

	/** Import sheets larger than this are refused before they are parsed. */
	public static final int MAX_ROWS = 20_000;

	private Sheets() {
	}

	/**
	 * Reads the first sheet. Columns are found by their header (any order); a missing header is a problem of row 1.
	 * @throws DomainException {@code import.notXlsx} when the file is not an XLSX workbook
	 */
	public static List<SheetRow> read(InputStream in, List<String> headers, List<ImportProblem> problems) {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			Map<String, Integer> columns = new HashMap<>();
			if (headerRow != null) {
				for (Cell cell : headerRow) {
					columns.put(formatter.formatCellValue(cell).strip().toLowerCase(java.util.Locale.ROOT),
							cell.getColumnIndex());
				}
			}
			for (String header : headers) {
				if (!columns.containsKey(header.toLowerCase(java.util.Locale.ROOT))) {
					problems.add(new ImportProblem(1, header, "import.header.missing", header));
				}
			}
			if (!problems.isEmpty()) {
				return List.of();
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				problems.add(new ImportProblem(1, "", "import.tooManyRows", MAX_ROWS));
				return List.of();
			}
			List<SheetRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Map<String, String> cells = new LinkedHashMap<>();
				for (String header : headers) {
					Cell cell = row == null ? null : row.getCell(columns.get(header.toLowerCase(java.util.Locale.ROOT)));
					cells.put(header, cell == null ? "" : formatter.formatCellValue(cell, evaluator));
				}
				SheetRow sheetRow = new SheetRow(r + 1, cells);
				if (!sheetRow.isBlank()) {
					rows.add(sheetRow);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException("import.notXlsx");
		}
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
