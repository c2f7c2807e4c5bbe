package vn.atgt.thidua.common.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.support.Measured;

/** The streaming reader of import sheets: cells as Excel shows them, formulas refused, every limit kept. */
class SheetsTests {

	static final List<String> HEADERS = List.of("Mã", "Số", "Ngày", "Tỷ lệ", "Có", "Ghi chú");

	@Test
	void cellsAreReadAsExcelShowsThemWhateverTheOrderAndCaseOfTheHeaders() throws IOException {
		List<String> expected = new ArrayList<>();
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("S");
			CellStyle thousands = style(workbook, "#,##0");
			CellStyle date = style(workbook, "dd/mm/yyyy");
			CellStyle percent = style(workbook, "0.00%");
			Row header = sheet.createRow(0);
			String[] shuffled = { " ghi chú ", "Unused", "NGÀY", "Mã", "Tỷ lệ", "Số", "Có" };
			for (int c = 0; c < shuffled.length; c++) {
				header.createCell(c).setCellValue(shuffled[c]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("  ghi chú có khoảng trắng  ");
			row.createCell(1).setCellValue("không đọc");
			row.createCell(2).setCellValue(LocalDate.of(2024, 9, 30));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue("XA-01");
			row.createCell(4).setCellValue(0.125);
			row.getCell(4).setCellStyle(percent);
			row.createCell(5).setCellValue(1234);
			row.getCell(5).setCellStyle(thousands);
			row.createCell(6).setCellValue(true);
			Row second = sheet.createRow(3);
			second.createCell(3).setCellValue("1.234");
			second.createCell(5).setCellValue(12.5);
			second.createCell(2).setCellValue(0.1 + 0.2);
			sheet.createRow(5).createCell(3).setCellValue("   ");
			DataFormatter formatter = new DataFormatter();
			for (Row r : List.of(row, second)) {
				for (int c : new int[] { 3, 5, 2, 4, 6, 0 }) {
					expected.add(r.getCell(c) == null ? "" : formatter.formatCellValue(r.getCell(c)));
				}
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		List<ImportProblem> problems = new ArrayList<>();

		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(xlsx), HEADERS, problems);

		assertThat(problems).isEmpty();
		assertThat(rows).extracting(SheetRow::number).containsExactly(2, 4);
		assertThat(rows.stream().flatMap(r -> HEADERS.stream().map(h -> r.cells().get(h))).toList())
			.containsExactlyElementsOf(expected);
		assertThat(rows.get(1).cells().get("Mã")).isEqualTo("1.234");
	}

	@Test
	void aMissingHeaderIsAProblemOfTheFirstRowAndNoRowIsRead() {
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(Sheets.write("S", List.of("Mã", "Số"),
				List.of(List.of("A", "1")))), List.of("Mã", "Tên", "Số"), problems);
		assertThat(rows).isEmpty();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(1, "Tên", "import.header.missing"));
	}

	@Test
	void aFormulaIsAProblemOfItsRowAndColumnAndIsNeverComputed() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("S");
			Sheet other = workbook.createSheet("S2");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã");
			header.createCell(1).setCellValue("Số");
			header.createCell(2).setCellValue("Cột phụ");
			header.createCell(3).setCellFormula("\"Ghi\"&\" chú\"");
			header.getCell(3).setCellValue("Ghi chú");
			other.createRow(0).createCell(0).setCellValue("x");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("A");
			row.createCell(1).setCellFormula("\"X\"&COUNTBLANK(S2!A1:Z1000)");
			row.getCell(1).setCellValue("X26000");
			row.createCell(2).setCellFormula("1+1");
			Row plain = sheet.createRow(2);
			plain.createCell(0).setCellValue("B");
			plain.createCell(1).setCellValue(7);
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		List<ImportProblem> problems = new ArrayList<>();

		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(xlsx), List.of("Mã", "Số", "Ghi chú"), problems);

		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(1, "Ghi chú", "import.formula"), tuple(2, "Số", "import.formula"));
		assertThat(rows).extracting(r -> r.text("Mã")).containsExactly("A", "B");
		assertThat(rows.get(1).text("Số")).isEqualTo("7");
	}

	@Test
	void aMergedRangeIsAProblemOfItsFirstRowInTheColumnOfItsFirstCell() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("S");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã");
			header.createCell(1).setCellValue("Số");
			for (int r = 1; r <= 3; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("M" + r);
				row.createCell(1).setCellValue(r == 2 ? 20 : 5);
			}
			// the points of rows 3 and 4 merged into one cell: row 4 would be read without its points
			sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B3:B4"));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		List<ImportProblem> problems = new ArrayList<>();

		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(xlsx), List.of("Mã", "Số"), problems);

		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "Số", "import.merged"));
		assertThat(problems.get(0).args()).containsExactly("B3:B4");
		assertThat(rows).hasSize(3);
	}

	@Test
	void aChainOfFormulasDoublingAStringIsRefusedWithoutComputingIt() throws Exception {
		byte[] xlsx = doublingChain(40);
		List<ImportProblem> problems = new ArrayList<>();

		Measured<List<SheetRow>> read = Measured.of("formula chain (" + xlsx.length + " bytes) read by Sheets.read",
				() -> Sheets.read(new ByteArrayInputStream(xlsx), List.of("Mã", "Tên"), problems));

		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(2, "Tên", "import.formula"));
		assertThat(read.result()).singleElement().satisfies(r -> assertThat(r.text("Tên")).isEmpty());
		assertThat(read.millis()).isLessThan(10_000);
	}

	@Test
	void theRowCapStopsTheReadingAtTheFirstRowOverIt() throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		assertThat(Sheets.read(new ByteArrayInputStream(numbered(Sheets.MAX_ROWS)), List.of("Mã"), problems))
			.hasSize(Sheets.MAX_ROWS);
		assertThat(problems).isEmpty();

		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(numbered(Sheets.MAX_ROWS + 1)), List.of("Mã"),
				problems);

		assertThat(rows).isEmpty();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(1, "import.tooManyRows"));
	}

	@Test
	void aSheetDeclaredLargerThanItsAllowanceIsRefusedBeforeItIsParsed() throws IOException {
		byte[] xlsx = numbered(2_000);
		SheetReader.Limits small = new SheetReader.Limits(1024 * 1024, 20_000, 20_000, 20_000, 20_000, 100);

		assertThat(SheetReader.read(new ByteArrayInputStream(numbered(100)), List.of("Mã"), new ArrayList<>(), small))
			.hasSize(100);
		assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(xlsx), List.of("Mã"), new ArrayList<>(),
				small))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.tooLarge");
	}

	@Test
	void aSheetThatUnderstatesItsSizeIsCutOffWhileItIsRead() throws IOException {
		byte[] lying = declaring(numbered(2_000), "xl/worksheets/sheet1.xml", 1_000);
		SheetReader.Limits small = new SheetReader.Limits(1024 * 1024, 20_000, 20_000, 20_000, 20_000, 100);

		assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(lying), List.of("Mã"), new ArrayList<>(),
				small))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.tooLarge");
	}

	@Test
	void theOtherPartsShareOneSmallAllowanceAndTheEntriesAreCounted() throws IOException {
		byte[] xlsx = numbered(10);
		for (SheetReader.Limits limits : List.of(new SheetReader.Limits(1024 * 1024, 1_000_000, 1_000_000, 1_000_000,
				500, 100), new SheetReader.Limits(1024 * 1024, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 3),
				new SheetReader.Limits(1_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 100))) {
			assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(xlsx), List.of("Mã"), new ArrayList<>(),
					limits))
				.as(limits.toString())
				.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.tooLarge");
		}
	}

	@Test
	void aFileThatIsNotAWorkbookIsSaidToBeSo() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("không phải Excel".getBytes(StandardCharsets.UTF_8));
		}
		for (byte[] content : List.of("không phải Excel".getBytes(StandardCharsets.UTF_8), zip.toByteArray(),
				new byte[0])) {
			assertThatThrownBy(() -> Sheets.read(new ByteArrayInputStream(content), List.of("Mã"), new ArrayList<>()))
				.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.notXlsx");
		}
	}

	@Test
	void aCellWithoutAReferenceTakesTheColumnAfterThePreviousOne() throws SAXException {
		assertThat(SheetHandler.columnOf("A7", 9)).isZero();
		assertThat(SheetHandler.columnOf("AB12", 0)).isEqualTo(27);
		assertThat(SheetHandler.columnOf("XFD1", 0)).isEqualTo(16_383);
		assertThat(SheetHandler.columnOf(null, 5)).isEqualTo(5);
		assertThatThrownBy(() -> SheetHandler.columnOf("XFE1", 0)).isInstanceOf(SAXException.class);
		assertThatThrownBy(() -> SheetHandler.columnOf("12", 0)).isInstanceOf(SAXException.class);
	}

	/** A sheet "Mã" then {@code rows} data rows, written by the streaming writer. */
	static byte[] numbered(int rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("S");
			sheet.createRow(0).createCell(0).setCellValue("Mã");
			for (int r = 1; r <= rows; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * A sheet whose row 2 names the last of {@code times} cells on a second sheet, each joining the one before to
	 * itself: computed, the last would hold the first text 2^times times.
	 */
	static byte[] doublingChain(int times) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("S");
			Sheet chain = workbook.createSheet("S2");
			chain.createRow(0).createCell(0).setCellValue("ab");
			for (int r = 1; r <= times; r++) {
				chain.createRow(r).createCell(0).setCellFormula("S2!A" + r + "&S2!A" + r);
			}
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Mã");
			header.createCell(1).setCellValue("Tên");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("A");
			row.createCell(1).setCellFormula("S2!A" + (times + 1));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The ZIP with the size its central directory declares for one entry, once unpacked, replaced. */
	static byte[] declaring(byte[] zip, String entry, int size) {
		byte[] copy = zip.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entry.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < copy.length; i++) {
			if (buffer.getInt(i) == 0x02014b50 && (buffer.getShort(i + 28) & 0xFFFF) == name.length
					&& java.util.Arrays.equals(copy, i + 46, i + 46 + name.length, name, 0, name.length)) {
				buffer.putInt(i + 24, size);
				return copy;
			}
		}
		throw new IllegalArgumentException("no entry " + entry);
	}

	private static CellStyle style(XSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}
}
