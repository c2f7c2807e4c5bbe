package vn.atgt.thidua.registration;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusVersions;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.i18n.Labelled;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.registration.internal.Target;
import vn.atgt.thidua.registration.internal.TargetRegistration;
import vn.atgt.thidua.registration.internal.TargetRegistrationRepository;

/**
 * A unit's registration as an XLSX sheet with Vietnamese headers, one row per target: the download is also the
 * template of the upload. An upload replaces the unit's targets (a dry run first lists every problem by row and
 * column and writes nothing; the import writes every row or none), so a sheet downloaded and uploaded unchanged
 * changes nothing. A row whose name is a suggested indicator of its task area is that suggested indicator.
 */
@Service
@Transactional(readOnly = true)
public class TargetImportService {

	public static final String TASK_AREA = "Nhiệm vụ số";
	public static final String TASK_AREA_TITLE = "Nhiệm vụ trọng tâm";
	public static final String KIND = "Loại chỉ tiêu";
	public static final String NAME = "Tên chỉ tiêu";
	public static final String UNIT = "Đơn vị tính";
	public static final String DIRECTION = "Yêu cầu (≥, ≤, =)";
	public static final String BASELINE = "Kết quả năm trước";
	public static final String TARGET = "Chỉ tiêu đăng ký";
	public static final String WEIGHT = "Trọng số";
	public static final String DUE = "Hạn hoàn thành";
	public static final String NOTE = "Ghi chú, giải pháp thực hiện";
	/** The columns of the sheet, in order; the task area's title is there for the reader and not read back. */
	public static final List<String> HEADERS = List.of(TASK_AREA, TASK_AREA_TITLE, KIND, NAME, UNIT, DIRECTION,
			BASELINE, TARGET, WEIGHT, DUE, NOTE);
	static final List<String> READ = HEADERS.stream().filter(h -> !h.equals(TASK_AREA_TITLE)).toList();
	static final Map<String, String> COLUMN_OF_FIELD = Map.of("taskAreaId", TASK_AREA, "kind", KIND, "indicatorName",
			NAME, "unitOfMeasure", UNIT, "direction", DIRECTION, "baselineValue", BASELINE, "targetValue", TARGET,
			"weight", WEIGHT, "dueDate", DUE, "note", NOTE);
	static final Locale VI = Locale.forLanguageTag("vi-VN");
	static final String SHEET = "Dang ky thi dua";

	private final RegistrationService targets;
	private final TargetSetupService setup;
	private final RegistrationAccess access;
	private final TargetRegistrationRepository registrations;
	private final CampaignService campaigns;
	private final CampaignStatusVersions statusVersions;
	private final MessageSource messages;
	private final Clock clock;

	TargetImportService(RegistrationService targets, TargetSetupService setup, RegistrationAccess access,
			TargetRegistrationRepository registrations, CampaignService campaigns,
			CampaignStatusVersions statusVersions, MessageSource messages, Clock clock) {
		this.targets = targets;
		this.setup = setup;
		this.access = access;
		this.registrations = registrations;
		this.campaigns = campaigns;
		this.statusVersions = statusVersions;
		this.messages = messages;
		this.clock = clock;
	}

	/** The unit's registration as a sheet (only the header row when it has no target yet). */
	public byte[] export(CurrentUser user, Long campaignId, Long unitId) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		Map<Long, TaskAreaView> areas = campaigns.taskAreas(campaignId).stream()
			.collect(Collectors.toMap(TaskAreaView::id, Function.identity()));
		List<List<String>> rows = new ArrayList<>();
		registration.targets().stream()
			.sorted(Comparator.comparing((TargetView t) -> areas.get(t.taskAreaId()).number())
				.thenComparing(TargetView::position))
			.forEach(t -> {
				TaskAreaView area = areas.get(t.taskAreaId());
				rows.add(java.util.Arrays.asList(String.valueOf(area.number()), area.title(), label(t.kind()),
						t.indicatorName(), t.unitOfMeasure(), t.direction() == null ? null : label(t.direction()),
						number(t.baselineValue()), number(t.targetValue()), number(t.weight()),
						t.dueDate() == null ? null : Formats.DATE.format(t.dueDate()), t.note()));
			});
		return Sheets.write(SHEET, HEADERS, rows);
	}

	/** The sheet's file name: the unit and the plan number, accent-free ("dang-ky-thi-dua-ubnd-xa-ban-bo-06.xlsx"). */
	public String fileName(CurrentUser user, Long campaignId, Long unitId) {
		RegistrationView registration = targets.registration(user, campaignId, unitId);
		String plan = campaigns.get(campaignId).planNumber();
		return "dang-ky-thi-dua-" + SearchText.key(registration.unitName() + " " + plan).replaceAll("[^a-z0-9]+", "-")
				+ ".xlsx";
	}

	/**
	 * The dry run: reads and checks every row, writes nothing.
	 * @throws DomainException {@code import.notXlsx} for a file that is not a workbook; when the registration cannot
	 *         change now
	 */
	public ImportCheck<TargetCommand> check(CurrentUser user, Long campaignId, Long unitId, InputStream sheet) {
		requireImportable(user, campaignId, unitId);
		ImportCheck.Builder<TargetCommand> result = new ImportCheck.Builder<>();
		List<ImportProblem> headerProblems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(sheet, READ, headerProblems);
		result.problems(headerProblems);
		if (rows.isEmpty()) {
			return result.build();
		}
		CampaignView campaign = campaigns.get(campaignId);
		List<TaskAreaView> taskAreas = campaigns.taskAreas(campaignId);
		Map<String, TaskAreaView> areasByNumber = taskAreas.stream()
			.collect(Collectors.toMap(a -> String.valueOf(a.number()), Function.identity()));
		Map<String, SuggestedIndicatorView> suggested = setup.suggestions(campaignId).stream()
			.collect(Collectors.toMap(s -> s.taskAreaId() + "|" + TargetRules.nameKey(s.name()), Function.identity(),
					(a, b) -> a));
		Map<String, TargetKind> kinds = byLabel(TargetKind.values());
		Map<String, TargetDirection> directions = byLabel(TargetDirection.values());
		for (TargetDirection d : TargetDirection.values()) {
			directions.put(d.symbol(), d);
		}
		directions.put(">=", TargetDirection.AT_LEAST);
		directions.put("<=", TargetDirection.AT_MOST);
		Set<String> inSheet = new HashSet<>();
		for (SheetRow row : rows) {
			TargetSheetRow r = new TargetSheetRow(row, result);
			TaskAreaView area = areasByNumber.get(row.text(TASK_AREA).replaceFirst("\\.0+$", ""));
			if (area == null) {
				r.problem(TASK_AREA, row.text(TASK_AREA).isEmpty() ? "import.required" : "target.import.taskArea.unknown",
						row.text(TASK_AREA));
			}
			TargetKind kind = kinds.get(SearchText.key(row.text(KIND)));
			if (kind == null) {
				r.problem(KIND, row.text(KIND).isEmpty() ? "import.required" : "target.import.kind.unknown",
						row.text(KIND));
			}
			TargetDirection direction = directions.get(SearchText.key(row.text(DIRECTION)));
			if (direction == null && !row.text(DIRECTION).isEmpty()) {
				r.problem(DIRECTION, "target.import.direction.unknown", row.text(DIRECTION));
			}
			TargetCommand command = new TargetCommand(area == null ? null : area.id(), kind, null, row.text(NAME),
					blankToNull(row.text(UNIT)), direction, r.number(BASELINE), r.number(TARGET), r.number(WEIGHT),
					r.date(DUE), blankToNull(row.text(NOTE)));
			SuggestedIndicatorView suggestion = area == null || kind != TargetKind.QUANTITATIVE ? null
					: suggested.get(area.id() + "|" + TargetRules.nameKey(command.indicatorName()));
			if (suggestion != null) {
				if (command.unitOfMeasure() != null
						&& !command.unitOfMeasure().strip().equalsIgnoreCase(suggestion.unitOfMeasure())) {
					r.problem(UNIT, "target.import.suggestion.unit", suggestion.unitOfMeasure());
				}
				if (direction != null && direction != suggestion.direction()) {
					r.problem(DIRECTION, "target.import.suggestion.direction", label(suggestion.direction()));
				}
				command = command.from(suggestion);
			}
			for (FieldException problem : TargetRules.check(campaign, taskAreas, command)) {
				String column = COLUMN_OF_FIELD.getOrDefault(problem.field(), NAME);
				if (!r.hasProblemIn(column) && !(problem.field().equals("taskAreaId") && area == null)
						&& !(problem.field().equals("kind") && kind == null)) {
					r.problem(column, problem.messageKey(), problem.arguments());
				}
			}
			if (area != null && !command.indicatorName().isBlank()
					&& !inSheet.add(area.id() + "|" + TargetRules.nameKey(command.indicatorName()))) {
				r.problem(NAME, "import.duplicateInSheet", command.indicatorName());
			}
			if (!result.hasProblemsInRow(row.number())) {
				result.accept(command);
			}
		}
		return result.build();
	}

	/**
	 * Checks the sheet again and replaces the unit's targets with its rows, all or nothing.
	 * @throws DomainException {@code target.import.invalid} when the sheet has problems (nothing is written)
	 */
	@Transactional
	public ImportOutcome importSheet(CurrentUser user, Long campaignId, Long unitId, InputStream sheet) {
		return importChecked(user, campaignId, unitId, check(user, campaignId, unitId, sheet));
	}

	/**
	 * Replaces the unit's targets with the rows of a sheet that {@link #check} read, all or nothing.
	 * @throws DomainException {@code target.import.invalid} when the check found problems (nothing is written)
	 */
	@Transactional
	public ImportOutcome importChecked(CurrentUser user, Long campaignId, Long unitId,
			ImportCheck<TargetCommand> check) {
		if (!check.isValid()) {
			throw new DomainException("target.import.invalid");
		}
		return replaceTargets(user, campaignId, unitId, check.commands());
	}

	/**
	 * Makes the unit's targets those of the sheet: a row that matches a target (same task area and name) changes it
	 * when it differs, a new row adds a target, a target without a row is removed. Rows equal to the targets change
	 * nothing at all.
	 */
	private ImportOutcome replaceTargets(CurrentUser user, Long campaignId, Long unitId, List<TargetCommand> commands) {
		requireImportable(user, campaignId, unitId);
		Actor actor = Actor.of(user, clock.instant());
		// a start moves the unit from NOT_STARTED to DRAFT: the campaign's status counter first, as RegistrationService
		TargetRegistration registration = registrations.loadOrStart(campaignId, unitId, actor,
				() -> statusVersions.raise(campaignId));
		Map<String, Target> existing = new LinkedHashMap<>();
		registration.getTargets().forEach(t -> existing.put(key(t.getTaskAreaId(), t.getIndicatorName()), t));
		Set<String> wanted = new HashSet<>();
		commands.forEach(c -> wanted.add(key(c.taskAreaId(), c.indicatorName())));
		int removed = 0;
		for (Map.Entry<String, Target> entry : existing.entrySet()) {
			if (!wanted.contains(entry.getKey())) {
				registration.removeTarget(entry.getValue(), actor);
				removed++;
			}
		}
		int added = 0;
		int changed = 0;
		for (TargetCommand command : commands) {
			Target match = existing.get(key(command.taskAreaId(), command.indicatorName()));
			if (match == null) {
				registration.addTarget(command, actor);
				added++;
			}
			else if (!match.sameAs(command)) {
				registration.updateTarget(match, command, actor);
				changed++;
			}
		}
		return new ImportOutcome(added, changed, removed, commands.size() - added - changed);
	}

	/** Refuses a sheet for a unit the user does not prepare for, or a registration that cannot change now. */
	private void requireImportable(CurrentUser user, Long campaignId, Long unitId) {
		access.requirePreparer(user, new RegistrationScope(campaignId, unitId));
		campaigns.requireActive(campaignId);
		registrations.header(campaignId, unitId)
			.filter(h -> !h.status().isEditable())
			.ifPresent(h -> {
				throw new DomainException("target.notEditable." + h.status().name());
			});
	}

	private static String key(Long taskAreaId, String name) {
		return taskAreaId + "|" + TargetRules.nameKey(name);
	}

	private <E extends Enum<E> & Labelled> Map<String, E> byLabel(E[] values) {
		Map<String, E> byLabel = new HashMap<>();
		for (E value : values) {
			byLabel.put(SearchText.key(label(value)), value);
			byLabel.put(SearchText.key(value.name()), value);
		}
		return byLabel;
	}

	private String label(Labelled value) {
		return messages.getMessage(value.messageKey(), null, VI);
	}

	private static String number(BigDecimal value) {
		return value == null ? null : VietnameseNumbers.format(value, TargetRules.VALUE_DECIMALS);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
