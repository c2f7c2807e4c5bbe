package vn.atgt.thidua.unit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;
import vn.atgt.thidua.unit.internal.MemberUnit;
import vn.atgt.thidua.unit.internal.MemberUnitRepository;

/**
 * Import of member units from an XLSX sheet with Vietnamese headers: a dry run lists every problem by row and column,
 * and the import writes all rows or none.
 */
@Service
@Transactional(readOnly = true)
public class UnitImportService {

	public static final String CODE = "Mã đơn vị";
	public static final String NAME = "Tên đơn vị";
	public static final String SHORT_NAME = "Tên viết tắt";
	public static final String KIND = "Loại đơn vị";
	public static final String AREA = "Địa bàn";
	public static final String EMAIL = "E-mail";
	public static final String PHONE = "Điện thoại";
	public static final String ACCIDENT_FIGURES = "Cung cấp số liệu TNGT";
	public static final List<String> HEADERS = List.of(CODE, NAME, SHORT_NAME, KIND, AREA, EMAIL, PHONE,
			ACCIDENT_FIGURES);

	static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,30}");
	static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final Pattern PHONE_PATTERN = Pattern.compile("[0-9 +().-]{0,30}");
	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final MemberUnitRepository units;
	private final AreaService areas;
	private final CommitteeService committees;
	private final MessageSource messages;

	UnitImportService(MemberUnitRepository units, AreaService areas, CommitteeService committees,
			MessageSource messages) {
		this.units = units;
		this.areas = areas;
		this.committees = committees;
		this.messages = messages;
	}

	/** The empty template with an example row. */
	public byte[] template() {
		return Sheets.write("Don vi", HEADERS, List.of(List.of("XA-VIDU", "UBND xã Ví Dụ", "Xã Ví Dụ",
				kindLabel(UnitKind.COMMUNE_COMMITTEE), "Xã Bản Bo", "xavidu@example.vn", "0213 3800 000", "Không")));
	}

	/** The dry run: reads and checks every row, writes nothing. */
	public ImportCheck<UnitCommand> check(InputStream sheet) {
		ImportCheck.Builder<UnitCommand> result = new ImportCheck.Builder<>();
		List<ImportProblem> headerProblems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(sheet, HEADERS, headerProblems);
		result.problems(headerProblems);
		if (rows.isEmpty()) {
			return result.build();
		}
		Map<String, List<AreaRow>> areasByName = areasByName();
		Map<String, UnitKind> kinds = kindsByLabel();
		Set<String> existing = new HashSet<>();
		units.findByCodeIn(rows.stream().map(r -> r.text(CODE)).toList()).forEach(u -> existing.add(u.getCode()));
		Set<String> inSheet = new HashSet<>();
		// The units join the importing administrator's committee (the installation's main one without a user).
		Long committeeId = CurrentUsers.current().map(CurrentUser::committeeId).orElseGet(committees::mainId);
		for (SheetRow row : rows) {
			int n = row.number();
			String code = row.text(CODE);
			if (code.isEmpty()) {
				result.problem(n, CODE, "import.required");
			}
			else if (!CODE_PATTERN.matcher(code).matches()) {
				result.problem(n, CODE, "unit.code.pattern");
			}
			else if (existing.contains(code)) {
				result.problem(n, CODE, "unit.code.taken");
			}
			else if (!inSheet.add(code)) {
				result.problem(n, CODE, "import.duplicateInSheet", code);
			}
			String name = row.text(NAME);
			if (name.isEmpty()) {
				result.problem(n, NAME, "import.required");
			}
			else if (name.length() > 200) {
				result.problem(n, NAME, "import.tooLong", 200);
			}
			if (row.text(SHORT_NAME).length() > 80) {
				result.problem(n, SHORT_NAME, "import.tooLong", 80);
			}
			UnitKind kind = kinds.get(SearchText.key(row.text(KIND)));
			if (kind == null) {
				result.problem(n, KIND, "import.unit.kind.unknown", row.text(KIND));
			}
			Long areaId = null;
			if (!row.text(AREA).isEmpty()) {
				List<AreaRow> matches = areasByName.getOrDefault(SearchText.key(row.text(AREA)), List.of());
				if (matches.isEmpty()) {
					result.problem(n, AREA, "import.area.unknown", row.text(AREA));
				}
				else if (matches.size() > 1) {
					result.problem(n, AREA, "import.area.ambiguous", row.text(AREA));
				}
				else {
					areaId = matches.get(0).id();
				}
			}
			String email = row.text(EMAIL);
			if (!email.isEmpty() && !EMAIL_PATTERN.matcher(email).matches()) {
				result.problem(n, EMAIL, "validation.email");
			}
			if (!PHONE_PATTERN.matcher(row.text(PHONE)).matches()) {
				result.problem(n, PHONE, "validation.phone");
			}
			Boolean figures = yesNo(row.text(ACCIDENT_FIGURES));
			if (figures == null) {
				result.problem(n, ACCIDENT_FIGURES, "import.yesNo");
			}
			if (!result.hasProblemsInRow(n)) {
				result.accept(new UnitCommand(code, name, blankToNull(row.text(SHORT_NAME)), kind, areaId, committeeId,
						blankToNull(email), blankToNull(row.text(PHONE)), figures));
			}
		}
		return result.build();
	}

	/** Writes all units of a valid dry run, or none. @return how many were created */
	@Transactional
	public int importAll(List<UnitCommand> commands) {
		List<MemberUnit> created = new ArrayList<>();
		for (UnitCommand c : commands) {
			MemberUnit unit = new MemberUnit(c.code(), c.name(), c.kind());
			unit.update(c.code(), c.name(), c.shortName(), c.kind(), c.areaId(), c.committeeId(), c.email(), c.phone(),
					c.suppliesAccidentFigures());
			created.add(unit);
		}
		units.saveAll(created);
		return created.size();
	}

	/** Areas by accent-free name, both "xa ban bo" and "ban bo", and by official code. */
	private Map<String, List<AreaRow>> areasByName() {
		Map<String, List<AreaRow>> byName = new HashMap<>();
		for (AreaRow area : areas.all()) {
			byName.computeIfAbsent(SearchText.key(area.displayName()), k -> new ArrayList<>()).add(area);
			if (area.officialCode() != null) {
				byName.computeIfAbsent(SearchText.key(area.officialCode()), k -> new ArrayList<>()).add(area);
			}
		}
		return byName;
	}

	private Map<String, UnitKind> kindsByLabel() {
		Map<String, UnitKind> kinds = new HashMap<>();
		for (UnitKind kind : UnitKind.values()) {
			kinds.put(SearchText.key(kindLabel(kind)), kind);
			kinds.put(SearchText.key(kind.name()), kind);
		}
		return kinds;
	}

	private String kindLabel(UnitKind kind) {
		return messages.getMessage(kind.messageKey(), null, VI);
	}

	static Boolean yesNo(String text) {
		return switch (SearchText.key(text)) {
			case "co", "x", "yes", "1", "true" -> Boolean.TRUE;
			case "", "khong", "no", "0", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
