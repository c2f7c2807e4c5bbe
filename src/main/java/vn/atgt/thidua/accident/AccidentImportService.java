package vn.atgt.thidua.accident;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * Import of the police's monthly sheet as XLSX: one row per commune/town (or a single row for the whole area), the
 * columns of the entry grid and the source. The dry run lists every problem by row and column — an unknown area, a
 * number that is not a whole number, a negative number, implausible deaths, an "of which" larger than the cases — and
 * nothing is written unless every row is valid. Numbers are read the Vietnamese way ("1.234" is 1234).
 */
@Service
@Transactional(readOnly = true)
public class AccidentImportService {

	public static final String AREA = "Địa bàn";
	public static final String SOURCE = "Nguồn số liệu";

	/** The column of each cell of {@link AccidentCells}, in the order of the grid. */
	public static final Map<String, String> COLUMNS = columns();

	private final AccidentService accidents;
	private final AccidentQueries queries;
	private final AccidentMonths months;
	private final AccidentAccess access;
	private final AccidentProperties properties;

	AccidentImportService(AccidentService accidents, AccidentQueries queries, AccidentMonths months,
			AccidentAccess access, AccidentProperties properties) {
		this.accidents = accidents;
		this.queries = queries;
		this.months = months;
		this.access = access;
		this.properties = properties;
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("cases", "Số vụ");
		columns.put("deaths", "Số người chết");
		columns.put("injured", "Số người bị thương");
		columns.put("drinkDrivingCases", "Trong đó: liên quan nồng độ cồn");
		columns.put("especiallySeriousCases", "Trong đó: đặc biệt nghiêm trọng");
		columns.put("commercialTransportCases", "Trong đó: liên quan xe ô tô kinh doanh vận tải");
		columns.put("collisions", "Va chạm giao thông");
		columns.put("verySeriousCases", "Rất nghiêm trọng");
		columns.put("seriousCases", "Nghiêm trọng");
		columns.put("lessSeriousCases", "Ít nghiêm trọng");
		return Collections.unmodifiableMap(columns);
	}

	/** Every header of the sheet, in order. */
	public static List<String> headers() {
		List<String> headers = new ArrayList<>();
		headers.add(AREA);
		headers.addAll(COLUMNS.values());
		headers.add(SOURCE);
		return headers;
	}

	/**
	 * The month of the campaign named by its key ("2024-07") that the user imports into.
	 * @throws vn.atgt.thidua.common.NotFoundException when the month is neither the campaign's nor of its baseline
	 *         year
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the user may enter figures
	 */
	public AccidentPeriod month(CurrentUser user, Long campaignId, String key) {
		AccidentContext context = months.context(campaignId);
		AccidentPeriod period = context.period(key);
		access.requireEnterer(user, context.campaign());
		return period;
	}

	/**
	 * The template of a month: one row per commune/town valid in the month, empty cells.
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the user may enter figures
	 */
	public byte[] template(CurrentUser user, Long campaignId, AccidentPeriod period) {
		SheetView sheet = queries.sheet(user, campaignId, period);
		List<List<String>> rows = new ArrayList<>();
		for (SheetArea area : sheet.areas()) {
			List<String> row = new ArrayList<>();
			row.add(area.name());
			COLUMNS.keySet().forEach(cell -> row.add(null));
			row.add(null);
			rows.add(row);
		}
		return Sheets.write("TNGT " + period.key(), headers(), rows);
	}

	/**
	 * The dry run: reads and checks every row, writes nothing.
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the user may enter figures
	 * @throws vn.atgt.thidua.common.DomainException {@code import.notXlsx} when the file is not a workbook
	 */
	public ImportCheck<ImportedLine> check(CurrentUser user, Long campaignId, AccidentPeriod period, InputStream in) {
		SheetView sheet = queries.sheet(user, campaignId, period);
		ImportCheck.Builder<ImportedLine> result = new ImportCheck.Builder<>();
		List<ImportProblem> headerProblems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(in, headers(), headerProblems);
		result.problems(headerProblems);
		if (sheet.isConfirmed()) {
			result.problem(1, "", "accident.import.confirmed");
		}
		if (rows.isEmpty()) {
			return result.build();
		}
		Map<String, List<SheetArea>> byName = areasByName(sheet);
		Set<Long> seen = new HashSet<>();
		boolean anySource = false;
		Integer rootRow = null;
		boolean areaRows = false;
		for (SheetRow row : rows) {
			int n = row.number();
			SheetArea area = null;
			List<SheetArea> matches = byName.getOrDefault(SearchText.key(row.text(AREA)), List.of());
			if (row.text(AREA).isEmpty()) {
				result.problem(n, AREA, "import.required");
			}
			else if (matches.isEmpty()) {
				result.problem(n, AREA, "accident.import.area.unknown", row.text(AREA));
			}
			else if (matches.size() > 1) {
				result.problem(n, AREA, "accident.import.area.ambiguous", row.text(AREA));
			}
			else if (!seen.add(matches.get(0).id())) {
				result.problem(n, AREA, "import.duplicateInSheet", row.text(AREA));
			}
			else {
				area = matches.get(0);
				if (area.id().equals(sheet.root().id())) {
					rootRow = n;
				}
				else {
					areaRows = true;
				}
			}
			AccidentFigures figures = AccidentCells.read(cell -> row.text(COLUMNS.get(cell)), true,
					(cell, key, args) -> result.problem(n, COLUMNS.get(cell), key, args));
			if (figures != null) {
				for (FigureProblem problem : figures.problems(properties.plausibleDeaths())) {
					result.problem(n, COLUMNS.get(problem.field()), problem.messageKey(), problem.args());
				}
			}
			String source = row.text(SOURCE);
			if (source.length() > 500) {
				result.problem(n, SOURCE, "import.tooLong", 500);
			}
			anySource |= !source.isEmpty();
			if (area != null && figures != null && !result.hasProblemsInRow(n)) {
				result.accept(new ImportedLine(n, area.id(), area.name(), figures, source));
			}
		}
		if (rootRow != null && areaRows) {
			result.problem(rootRow, AREA, "accident.sheet.mixed");
		}
		if (!anySource) {
			result.problem(rows.get(0).number(), SOURCE, "accident.import.source");
		}
		return result.build();
	}

	/**
	 * Writes the figures of a valid dry run as the month's draft: by area (areas without a row count 0) or, when the
	 * sheet's one row names the committee's whole area, for the whole area. The source is the first one written.
	 * @return how many rows were imported
	 */
	@Transactional
	public int importSheet(CurrentUser user, Long campaignId, AccidentPeriod period, List<ImportedLine> lines) {
		SheetView sheet = queries.sheet(user, campaignId, period);
		boolean whole = lines.stream().anyMatch(line -> line.areaId().equals(sheet.root().id()));
		Map<Long, AccidentFigures> figures = new LinkedHashMap<>();
		if (!whole) {
			sheet.areas().forEach(area -> figures.put(area.id(), AccidentFigures.ZERO));
		}
		lines.forEach(line -> figures.put(line.areaId(), line.figures()));
		String source = lines.stream().map(ImportedLine::source).filter(s -> !s.isBlank()).findFirst().orElse("");
		accidents.saveImported(user, campaignId, period, sheet.version(),
				new SheetCommand(whole ? SheetScope.WHOLE_AREA : SheetScope.BY_AREA, source, figures));
		return lines.size();
	}

	/** The sheet's areas by accent-free name: "xa ban bo" and "ban bo"; "tam duong" alone may name both the town and the district. */
	private static Map<String, List<SheetArea>> areasByName(SheetView sheet) {
		Map<String, List<SheetArea>> byName = new HashMap<>();
		List<SheetArea> all = new ArrayList<>(sheet.areas());
		all.add(sheet.root());
		for (SheetArea area : all) {
			Set<String> keys = Set.of(SearchText.key(area.name()), SearchText.key(area.plainName()));
			keys.forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>()).add(area));
		}
		return byName;
	}
}
