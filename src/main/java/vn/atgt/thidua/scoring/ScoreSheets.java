package vn.atgt.thidua.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * The score table as an Excel sheet, one row per line of the table (number, text, maximum points, kind, points per
 * occurrence of a deduction, guidance, evidence expected): the download is also the template of the upload. An upload
 * replaces the table's lines; its dry run lists every problem by row and column and writes nothing, and the import
 * writes every row or none. The kind is written in words ("Tiêu chí", "Điểm thưởng", "Điểm trừ"; blank is a
 * criterion).
 */
@Service
@Transactional(readOnly = true)
public class ScoreSheets {

	public static final String NUMBER = "Số thứ tự";
	public static final String TEXT = "Nội dung tiêu chí";
	public static final String MAX = "Điểm tối đa";
	public static final String KIND = "Loại";
	public static final String RATE = "Điểm trừ mỗi lần";
	public static final String GUIDANCE = "Hướng dẫn chấm";
	public static final String EVIDENCE = "Minh chứng cần có";
	public static final List<String> HEADERS = List.of(NUMBER, TEXT, MAX, KIND, RATE, GUIDANCE, EVIDENCE);
	static final Map<String, String> COLUMN_OF_FIELD = Map.of("number", NUMBER, "text", TEXT, "maxPoints", MAX,
			"kind", KIND, "pointsPerOccurrence", RATE, "guidance", GUIDANCE, "evidenceExpected", EVIDENCE);
	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final ScoreTableService tables;
	private final ScoringAccess access;
	private final MessageSource messages;

	ScoreSheets(ScoreTableService tables, ScoringAccess access, MessageSource messages) {
		this.tables = tables;
		this.access = access;
		this.messages = messages;
	}

	/** The table's lines as a sheet (only the header row when it has none). */
	public byte[] export(CurrentUser user, Long campaignId) {
		access.requireCampaignReadable(user, campaignId);
		List<List<String>> rows = new ArrayList<>();
		tables.table(campaignId).ifPresent(t -> t.criteria().forEach(c -> rows.add(Arrays.asList(c.number(),
				c.text(), n(c.maxPoints()), label(c.kind()), n(c.pointsPerOccurrence()), c.guidance(),
				c.evidenceExpected()))));
		return Sheets.write("Bang cham diem", HEADERS, rows);
	}

	/**
	 * The dry run: reads and checks every row, writes nothing. Only the office, on a table it may still change.
	 * @throws vn.atgt.thidua.common.DomainException {@code import.notXlsx} for a file that is not a workbook
	 */
	public ImportCheck<CriterionCommand> check(CurrentUser user, Long campaignId, InputStream sheet) {
		access.requireTableEditor(user, campaignId);
		ImportCheck.Builder<CriterionCommand> result = new ImportCheck.Builder<>();
		List<ImportProblem> headerProblems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(sheet, HEADERS, headerProblems);
		result.problems(headerProblems);
		Map<String, CriterionKind> kinds = kinds();
		for (SheetRow row : rows) {
			Map<String, String> problems = new HashMap<>();
			CriterionKind kind = row.text(KIND).isEmpty() ? CriterionKind.CRITERION
					: kinds.get(SearchText.key(row.text(KIND)));
			if (kind == null) {
				problem(result, row, problems, KIND, "scoring.import.kind", row.text(KIND));
			}
			BigDecimal max = number(result, row, problems, MAX);
			BigDecimal rate = number(result, row, problems, RATE);
			CriterionCommand command = new CriterionCommand(row.text(NUMBER), row.text(TEXT), kind, max, rate,
					row.text(GUIDANCE), row.text(EVIDENCE), null);
			for (FieldException p : CriterionRules.check(command)) {
				String column = COLUMN_OF_FIELD.getOrDefault(p.field(), TEXT);
				if (!problems.containsKey(column)) {
					problem(result, row, problems, column, p.messageKey(), p.arguments());
				}
			}
			if (problems.isEmpty()) {
				result.accept(command);
			}
		}
		return result.build();
	}

	/** Replaces the table's lines with the rows of a checked sheet, all or nothing. */
	@Transactional
	public int importChecked(CurrentUser user, Long campaignId, ImportCheck<CriterionCommand> check) {
		tables.replaceCriteria(user, campaignId, check.commands());
		return check.rowCount();
	}

	private static void problem(ImportCheck.Builder<?> result, SheetRow row, Map<String, String> problems,
			String column, String key, Object... args) {
		problems.put(column, key);
		result.problem(row.number(), column, key, args);
	}

	private static BigDecimal number(ImportCheck.Builder<?> result, SheetRow row, Map<String, String> problems,
			String column) {
		try {
			return VietnameseNumbers.parse(row.text(column)).orElse(null);
		}
		catch (NumberFormatException e) {
			problem(result, row, problems, column, "scoring.import.number", row.text(column));
			return null;
		}
	}

	/** The kinds by their Vietnamese label and short words, accent-free. */
	private Map<String, CriterionKind> kinds() {
		Map<String, CriterionKind> kinds = new HashMap<>();
		for (CriterionKind k : CriterionKind.values()) {
			kinds.put(SearchText.key(label(k)), k);
		}
		kinds.put(SearchText.key("Thưởng"), CriterionKind.BONUS);
		kinds.put(SearchText.key("Trừ"), CriterionKind.DEDUCTION);
		kinds.put(SearchText.key("Nhóm"), CriterionKind.CRITERION);
		return kinds;
	}

	private String label(CriterionKind kind) {
		return messages.getMessage(kind.messageKey(), null, VI);
	}

	private static String n(BigDecimal value) {
		return value == null ? null : VietnameseNumbers.format(value);
	}
}
