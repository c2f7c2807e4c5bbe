package vn.atgt.thidua.common.xlsx;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the SAX events of a sheet into rows of text by column header. POI's {@link XSSFSheetXMLHandler} formats each
 * cell as Excel shows it (its number format, dates, shared strings); this handler wraps it to see what POI does not
 * report: the column of a cell (a cell may leave out its reference) and whether it holds a formula. A formula is
 * refused, never computed: it could make the server compute anything (a string doubled forty times, a count over
 * another sheet), and its saved result is only what the sender's program wrote. The parse is stopped early, by a
 * {@link SAXException}, when the header row lacks a column or the sheet has more rows than {@link Sheets#MAX_ROWS}.
 * Merged cells are a problem of the range's first row ({@code import.merged}): only the first cell of a range holds
 * the value, so the other rows would be read blank or short, never as the sender sees them.
 */
final class SheetHandler extends DefaultHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

	enum Stop {
		HEADERS_MISSING, TOO_MANY_ROWS
	}

	/** Excel's last column is XFD. */
	private static final int MAX_COLUMNS = 16_384;

	/** Merged ranges reported at most (a sheet may declare thousands; the first ones are enough to fix the file). */
	static final int MAX_MERGED_REPORTED = 50;

	private final XSSFSheetXMLHandler cells;
	private final List<String> headers;
	private final Map<String, Integer> columnOfHeader = new HashMap<>();
	private final Map<Integer, String> headerOfColumn = new HashMap<>();
	private final List<ImportProblem> problems = new ArrayList<>();
	private final List<SheetRow> rows = new ArrayList<>();
	private final Map<Integer, String> values = new TreeMap<>();
	private final Set<Integer> formulas = new HashSet<>();
	private boolean headerRead;
	private int column = -1;
	private boolean formula;
	private boolean error;
	private Stop stop;
	private int merged;

	SheetHandler(List<String> headers, Styles styles, SharedStrings strings) {
		this.headers = headers;
		this.cells = new XSSFSheetXMLHandler(styles, strings, this, new DataFormatter(), false);
	}

	/** Why the parse was stopped early; null when it read the whole sheet. */
	Stop stop() {
		return stop;
	}

	/**
	 * The data rows that are not blank, after the parse, adding the problems found to {@code found}: only the missing
	 * headers or the row cap when the parse stopped early, as the page shows nothing else in that case.
	 */
	List<SheetRow> result(List<ImportProblem> found) {
		if (stop == Stop.TOO_MANY_ROWS) {
			found.add(new ImportProblem(1, "", "import.tooManyRows", Sheets.MAX_ROWS));
			return List.of();
		}
		if (!headerRead) {
			readHeader();
		}
		found.addAll(problems);
		return stop == null ? rows : List.of();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (isSpreadsheetMl(uri)) {
			switch (localName) {
				case "row" -> column = -1;
				case "c" -> {
					column = columnOf(attributes.getValue("r"), column + 1);
					formula = false;
					error = "e".equals(attributes.getValue("t"));
				}
				case "f" -> formula = true;
				case "mergeCell" -> merged(attributes.getValue("ref"));
				default -> {
					// the other elements matter only to POI's handler
				}
			}
		}
		cells.startElement(uri, localName, qName, attributes);
		stopIfAsked();
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		cells.endElement(uri, localName, qName);
		if (isSpreadsheetMl(uri) && "c".equals(localName) && formula && wanted(column)) {
			formulas.add(column);
		}
		stopIfAsked();
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		cells.characters(ch, start, length);
	}

	@Override
	public void startRow(int rowNum) {
		if (rowNum > Sheets.MAX_ROWS) {
			stop = Stop.TOO_MANY_ROWS;
		}
		values.clear();
		formulas.clear();
	}

	@Override
	public void cell(String reference, String formattedValue, XSSFComment comment) {
		if (formattedValue != null && wanted(column)) {
			// POI writes an error cell as "ERROR:#N/A"; Excel shows "#N/A"
			values.put(column, error && formattedValue.startsWith("ERROR:") ? formattedValue.substring(6)
					: formattedValue);
		}
	}

	@Override
	public void endRow(int rowNum) {
		if (!headerRead) {
			readHeader();
		}
		else {
			readRow(rowNum);
		}
	}

	/** The first row of the sheet names the columns; any order, any case. */
	private void readHeader() {
		headerRead = true;
		Map<String, Integer> columns = new HashMap<>();
		values.forEach((c, text) -> columns.put(key(text), c));
		boolean missing = false;
		for (String header : headers) {
			Integer c = columns.get(key(header));
			if (c == null) {
				problems.add(new ImportProblem(1, header, "import.header.missing", header));
				missing = true;
			}
			else {
				columnOfHeader.put(header, c);
				headerOfColumn.put(c, header);
				if (formulas.contains(c)) {
					problems.add(new ImportProblem(1, header, "import.formula"));
				}
			}
		}
		if (missing) {
			stop = Stop.HEADERS_MISSING;
		}
	}

	private void readRow(int rowNum) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String header : headers) {
			texts.put(header, values.getOrDefault(columnOfHeader.get(header), ""));
			if (formulas.contains(columnOfHeader.get(header))) {
				problems.add(new ImportProblem(rowNum + 1, header, "import.formula"));
			}
		}
		SheetRow row = new SheetRow(rowNum + 1, texts);
		if (!row.isBlank()) {
			rows.add(row);
		}
	}

	/** A merged range such as "A2:B3": a problem of its first row, in the column of its first cell. */
	private void merged(String ref) throws SAXException {
		if (ref == null || merged++ >= MAX_MERGED_REPORTED) {
			return;
		}
		String first = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
		int column = columnOf(first, 0);
		String digits = first.replaceAll("^[A-Za-z]+", "");
		int row = digits.matches("\\d{1,7}") ? Integer.parseInt(digits) : 1;
		problems.add(new ImportProblem(row, headerOfColumn.getOrDefault(column, ""), "import.merged", ref));
	}

	/** Until the header row is read every column counts; then only the columns of the headers asked for. */
	private boolean wanted(int c) {
		return !headerRead || headerOfColumn.containsKey(c);
	}

	private void stopIfAsked() throws SAXException {
		if (stop != null) {
			throw new SAXException("Sheet reading stopped: " + stop);
		}
	}

	private static boolean isSpreadsheetMl(String uri) {
		return uri == null || uri.equals(NS_SPREADSHEETML);
	}

	private static String key(String header) {
		return header.strip().toLowerCase(Locale.ROOT);
	}

	/** The column of a cell reference such as "AB12"; the given one when the cell has no reference. */
	static int columnOf(String reference, int whenAbsent) throws SAXException {
		if (reference == null) {
			return whenAbsent;
		}
		int column = 0;
		int i = 0;
		for (; i < reference.length(); i++) {
			char letter = Character.toUpperCase(reference.charAt(i));
			if (letter < 'A' || letter > 'Z') {
				break;
			}
			column = column * 26 + (letter - 'A' + 1);
			if (column > MAX_COLUMNS) {
				throw new SAXException("Cell reference out of range: " + reference);
			}
		}
		if (i == 0) {
			throw new SAXException("Not a cell reference: " + reference);
		}
		return column - 1;
	}
}
