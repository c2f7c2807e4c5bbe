package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.report.internal.EntryRow;
import vn.atgt.thidua.report.internal.EvidenceRow;
import vn.atgt.thidua.report.internal.ProgressEntry;
import vn.atgt.thidua.report.internal.ProgressReport;
import vn.atgt.thidua.report.internal.ProgressReportRepository;
import vn.atgt.thidua.report.internal.ReportEvidence;
import vn.atgt.thidua.report.internal.ReportEvidenceRepository;
import vn.atgt.thidua.report.internal.ReportHeader;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the report module. A unit opens its report for a reporting period, its officers and head fill it (an
 * entry per approved target, a narrative per task area, evidence files), the head submits it; the standing office
 * accepts it, returns it with a reason and comments per entry, or reopens an accepted one; other modules read where
 * every report stands ({@link #reportStatuses(Long)}) and what accepted reports add up to per target
 * ({@link #progress(Long, Long)}). Who may do what is decided here, in one place ({@code requireReadable},
 * {@code requirePreparer}, {@code requireEditable}, {@code requireOffice}): another unit's report is not found; a
 * user who may read a report but not change it (a leader, the office for the unit's parts) gets access denied.
 * Changes need a running campaign; every save of any part checks and raises the report's version. Workflow steps
 * publish {@link ReportSubmitted}, {@link ReportAccepted}, {@link ReportReturned} and {@link ReportReopened} within
 * their transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final ProgressReportRepository reports;
	private final ReportEvidenceRepository evidence;
	private final CampaignService campaigns;
	private final RegistrationService targets;
	private final UnitService units;
	private final FileStorage files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportService(ProgressReportRepository reports, ReportEvidenceRepository evidence, CampaignService campaigns,
			RegistrationService targets, UnitService units, FileStorage files, ApplicationEventPublisher events,
			Clock clock) {
		this.reports = reports;
		this.evidence = evidence;
		this.campaigns = campaigns;
		this.targets = targets;
		this.units = units;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	// --- reading, for other modules ---------------------------------------------------------------------------------

	/**
	 * Where every report of the campaign stands, in one SQL query: one row per report a unit has opened (units and
	 * periods without a report have no row), by unit and period. Lateness as {@link ReportStatusRow} defines it.
	 */
	public List<ReportStatusRow> reportStatuses(Long campaignId) {
		return reports.statuses(campaignId);
	}

	/**
	 * Every approved target of one unit with what its accepted reports add up to, in task-area order: two SQL queries
	 * (the approved targets, and one aggregate over the accepted reports of the campaign's {@link #mainCadence main
	 * cadence}).
	 */
	public List<TargetProgressRow> progress(Long campaignId, Long unitId) {
		return progress(campaignId, targets.approvedTargets(campaignId, unitId), false, unitId);
	}

	/** As {@link #progress(Long, Long)} for every unit of the campaign, by unit: still two SQL queries. */
	public List<TargetProgressRow> progress(Long campaignId) {
		return progress(campaignId, targets.approvedTargets(campaignId), true, null);
	}

	/**
	 * The cadence whose reports add up to a year: the one with the most reporting periods in the campaign (the
	 * finer one when two have as many); empty when the campaign has no reporting period. Reports of another cadence
	 * (a six-monthly review beside monthly reports) cover the same months again, so they are never added in.
	 */
	public Optional<Cadence> mainCadence(Long campaignId) {
		return mainCadence(campaigns.periods(campaignId));
	}

	private static Optional<Cadence> mainCadence(List<PeriodView> periods) {
		Map<Cadence, Long> counts = new EnumMap<>(Cadence.class);
		periods.stream().filter(p -> !p.baseline()).forEach(p -> counts.merge(p.cadence(), 1L, Long::sum));
		return counts.entrySet().stream()
			.max(Comparator.comparing(Map.Entry<Cadence, Long>::getValue)
				.thenComparing(e -> -e.getKey().ordinal()))
			.map(Map.Entry::getKey);
	}

	private List<TargetProgressRow> progress(Long campaignId, List<TargetView> approved, boolean anyUnit,
			Long unitId) {
		Optional<Cadence> cadence = mainCadence(campaignId);
		Map<String, Object[]> sums = new HashMap<>();
		if (cadence.isPresent() && !approved.isEmpty()) {
			for (Object[] row : reports.accepted(campaignId, cadence.get().name(), anyUnit, unitId)) {
				sums.put(id(row[0]) + ":" + id(row[1]), row);
			}
		}
		List<TargetProgressRow> rows = new ArrayList<>();
		for (TargetView t : approved) {
			Object[] sum = sums.get(t.unitId() + ":" + t.id());
			BigDecimal total = sum == null ? null : t.isPercent() ? decimal(sum[6]) : decimal(sum[2]);
			rows.add(new TargetProgressRow(t.unitId(), t.id(), t.taskAreaId(), t.kind(), t.indicatorName(),
					t.unitOfMeasure(), t.direction(), t.targetValue(), t.dueDate(), cadence.orElse(null),
					t.isMilestone() ? null : total == null ? BigDecimal.ZERO : total,
					sum != null && ((Number) sum[3]).intValue() > 0, sum == null ? 0 : ((Number) sum[4]).intValue(),
					sum == null ? null : date(sum[5])));
		}
		return rows;
	}

	// --- reading, for pages -----------------------------------------------------------------------------------------

	/**
	 * A unit's reports of the campaign, one row per reporting period the unit takes part in (latest period first),
	 * with where each report stands; periods the unit has not opened read "Chưa thực hiện".
	 * @throws NotFoundException unless the user may read the unit's data and the unit takes part in the campaign
	 */
	public List<ReportRow> reportsOfUnit(CurrentUser user, Long campaignId, Long unitId) {
		if (unitId == null || !user.canRead(unitId)) {
			throw new NotFoundException("reports of unit", unitId);
		}
		ParticipantView participant = campaigns.participants(campaignId).stream()
			.filter(p -> p.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reports of unit", unitId));
		return rows(List.of(participant), campaigns.periods(campaignId), reports.statusesOfUnit(campaignId, unitId));
	}

	/**
	 * Every participating unit's report for every period it takes part in (latest period first, units in the
	 * campaign's order), filtered by period, unit and status; a constant number of queries.
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public List<ReportRow> overview(CurrentUser user, Long campaignId, ReportFilter filter) {
		requireSeesAll(user);
		List<ReportRow> rows = rows(campaigns.participants(campaignId), campaigns.periods(campaignId),
				reports.statuses(campaignId));
		return rows.stream().filter(filter::matches).toList();
	}

	private List<ReportRow> rows(List<ParticipantView> participants, List<PeriodView> periods,
			List<ReportStatusRow> statuses) {
		Map<String, ReportStatusRow> byUnitAndPeriod = statuses.stream()
			.collect(Collectors.toMap(s -> s.unitId() + ":" + s.periodId(), Function.identity()));
		LocalDate today = today();
		List<PeriodView> reporting = periods.stream()
			.filter(p -> !p.baseline())
			.sorted(Comparator.comparing(PeriodView::startDate).reversed().thenComparing(PeriodView::cadence))
			.toList();
		List<ReportRow> rows = new ArrayList<>();
		for (PeriodView period : reporting) {
			for (ParticipantView p : participants) {
				if (!p.participatesIn(period)) {
					continue;
				}
				ReportStatusRow s = byUnitAndPeriod.get(p.unitId() + ":" + period.id());
				boolean submitted = s != null && s.submitted();
				rows.add(new ReportRow(p.unitId(), p.unitName(), p.unitKind(), period, s == null ? null : s.reportId(),
						s == null ? null : s.status(), s == null ? null : s.lastSubmittedAt(),
						s == null ? null : s.lateDays(), overdueDays(period, submitted, today),
						!today.isBefore(period.startDate())));
			}
		}
		return rows;
	}

	/**
	 * A report with everything its page shows, in a constant number of queries: its entries (for a report the unit
	 * may still change, the targets approved since it was started too) with the cumulative values of earlier accepted
	 * reports, its narratives, evidence and history.
	 * @throws NotFoundException unless the user may read the report
	 */
	public ReportView report(CurrentUser user, Long reportId) {
		ReportHeader h = requireReadable(user, reportId);
		PeriodView period = period(h.periodId());
		Map<Long, EntryRow> entryRows = reports.entries(reportId).stream()
			.collect(Collectors.toMap(EntryRow::targetId, Function.identity()));
		Map<Long, TargetView> reportTargets = reportTargets(h, entryRows.keySet());
		Map<Long, Object[]> earlier = new HashMap<>();
		if (!reportTargets.isEmpty()) {
			for (Object[] row : reports.earlier(h.campaignId(), h.unitId(), period.cadence().name(),
					period.startDate())) {
				earlier.put(id(row[0]), row);
			}
		}
		List<EntryView> entries = new ArrayList<>();
		for (TargetView target : reportTargets.values()) {
			EntryRow e = entryRows.get(target.id());
			Object[] before = earlier.get(target.id());
			entries.add(new EntryView(e == null ? null : e.id(), target, e == null ? null : e.periodValue(),
					e == null ? null : e.milestoneDone(), e == null ? null : e.comment(),
					e == null ? null : e.reviewComment(), before == null ? null : decimal(before[1]),
					before == null ? null : decimal(before[3]), before != null && ((Number) before[2]).intValue() > 0));
		}
		Map<Long, NarrativeView> narratives = reports.narratives(reportId).stream()
			.collect(Collectors.toMap(NarrativeView::taskAreaId, Function.identity()));
		boolean submitted = h.status().isSubmitted();
		return new ReportView(h.id(), h.campaignId(), h.unitId(), units.nameOf(h.unitId()), period, h.status(),
				h.version(), h.firstSubmittedAt(), h.lastSubmittedAt(), h.lateDays(), h.decidedAt(), h.officeNote(),
				h.reopened(), overdueDays(period, submitted, today()), h.difficulties(), h.proposals(),
				List.copyOf(entries), narratives, evidenceOf(reportId), reports.history(reportId));
	}

	/**
	 * The targets a report answers, in task-area order: those of its entries, and while the unit may change it, the
	 * unit's approved targets that have no entry yet (approved after the report was started). An entry whose target
	 * was removed from a reopened registration is left out.
	 */
	private Map<Long, TargetView> reportTargets(ReportHeader h, Collection<Long> entryTargetIds) {
		Map<Long, TargetView> found = new HashMap<>();
		targets.targets(entryTargetIds).forEach(t -> found.put(t.id(), t));
		if (h.status().isEditable()) {
			targets.approvedTargets(h.campaignId(), h.unitId()).forEach(t -> found.putIfAbsent(t.id(), t));
		}
		Map<Long, TargetView> ordered = new LinkedHashMap<>();
		found.values().stream()
			.filter(t -> t.campaignId().equals(h.campaignId()) && t.unitId().equals(h.unitId()))
			.sorted(Comparator.comparing(TargetView::taskAreaId).thenComparing(TargetView::position))
			.forEach(t -> ordered.put(t.id(), t));
		return ordered;
	}

	private List<EvidenceView> evidenceOf(Long reportId) {
		List<EvidenceRow> rows = evidence.ofReport(reportId);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Object[]> described = new HashMap<>();
		evidence.files(rows.stream().map(EvidenceRow::fileId).toList()).forEach(f -> described.put(id(f[0]), f));
		List<EvidenceView> views = new ArrayList<>();
		for (EvidenceRow row : rows) {
			Object[] file = described.get(row.fileId());
			views.add(new EvidenceView(row.id(), row.targetId(), file == null ? null : (String) file[1],
					file == null ? null : FileKind.valueOf((String) file[2]), file == null ? 0 : ((Number) file[3]).longValue(),
					row.thumbnailFileId() != null, row.caption(), row.sample(), row.createdAt(), row.createdBy()));
		}
		return views;
	}

	/**
	 * The standing office's queue: the submitted reports of the campaign, oldest submission first, filtered by period,
	 * unit and task area (reports of units with an approved target under it, or with a narrative under it); a constant
	 * number of queries per page.
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public Page<ReviewRow> reviewQueue(CurrentUser user, Long campaignId, ReportFilter filter, Pageable pageable) {
		requireSeesAll(user);
		List<Long> areaTargets = new ArrayList<>(List.of(-1L));
		if (filter.taskAreaId() != null) {
			targets.approvedTargets(campaignId).stream()
				.filter(t -> t.taskAreaId().equals(filter.taskAreaId()))
				.forEach(t -> areaTargets.add(t.id()));
		}
		Page<ReviewRow> page = reports.queue(campaignId, ReportStatus.SUBMITTED, filter.periodId() == null,
				filter.periodId(), filter.unitId() == null, filter.unitId(), filter.taskAreaId() == null,
				filter.taskAreaId(), areaTargets, pageable);
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, PeriodView> periods = campaigns.periods(campaignId).stream()
			.collect(Collectors.toMap(PeriodView::id, Function.identity()));
		Map<Long, String> names = units.findAll(page.stream().map(ReviewRow::unitId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		return page.map(r -> {
			PeriodView period = periods.get(r.periodId());
			return new ReviewRow(r.reportId(), r.unitId(), names.get(r.unitId()), r.periodId(),
					period == null ? null : period.name(), period == null ? null : period.dueDate(),
					r.firstSubmittedAt(), r.lastSubmittedAt(), r.lateDays(), r.entries(), r.evidence(), r.version());
		});
	}

	/**
	 * A file of evidence of a report (or its thumbnail), for a download.
	 * @throws NotFoundException unless the user may read the report and the file belongs to it
	 */
	public EvidenceFile evidenceFile(CurrentUser user, Long reportId, Long evidenceId, boolean thumbnail) {
		requireReadable(user, reportId);
		ReportEvidence file = evidence.findByIdAndReportId(evidenceId, reportId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		Long fileId = thumbnail ? file.getThumbnailFileId() : file.getFileId();
		if (fileId == null) {
			throw new NotFoundException("thumbnail of evidence", evidenceId);
		}
		StoredFile stored = files.describe(fileId);
		return new EvidenceFile(stored.name(), stored.contentType(), files.content(fileId));
	}

	// --- the unit prepares ------------------------------------------------------------------------------------------

	/**
	 * Opens the report of the user's unit for a reporting period: the existing one, or a new draft with an entry per
	 * approved target of the unit.
	 * @return the report's id
	 * @throws AccessDeniedException unless the user prepares reports of a unit (officer or head)
	 * @throws NotFoundException when the period is not one of the campaign's reporting periods or the unit does not
	 *         take part
	 * @throws DomainException when the unit does not take part in that period, the period has not begun, or the
	 *         campaign is not running; {@link StaleDataException} when someone of the unit opened it at that moment
	 */
	@Transactional
	public Long open(CurrentUser user, Long campaignId, Long periodId) {
		return open(user, campaignId, periodId, clock.instant());
	}

	/** As {@link #open(CurrentUser, Long, Long)}, recorded as done at {@code at} (sample data; never in the future). */
	@Transactional
	public Long open(CurrentUser user, Long campaignId, Long periodId, Instant at) {
		Long unitId = user.unitId();
		if (unitId == null || !user.worksFor(unitId)) {
			throw new AccessDeniedException("only a unit's officers and head open its reports");
		}
		PeriodView period = campaigns.period(periodId)
			.filter(p -> p.campaignId().equals(campaignId) && !p.baseline())
			.orElseThrow(() -> new NotFoundException("reporting period", periodId));
		ParticipantView participant = campaigns.participants(campaignId).stream()
			.filter(p -> p.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("participant", unitId));
		Optional<Long> existing = reports.idOf(periodId, unitId);
		if (existing.isPresent()) {
			return existing.get();
		}
		campaigns.requireActive(campaignId);
		if (!participant.participatesIn(period)) {
			throw new DomainException("report.period.notParticipating", period.name());
		}
		if (LocalDate.ofInstant(at, Formats.ZONE).isBefore(period.startDate())) {
			throw new DomainException("report.period.notStarted", period.name(), Formats.DATE.format(period.startDate()));
		}
		ProgressReport report = new ProgressReport(campaignId, periodId, unitId, actor(user, at));
		targets.approvedTargets(campaignId, unitId).forEach(t -> report.entryFor(t.id()));
		try {
			return reports.saveAndFlush(report).getId();
		}
		catch (DataIntegrityViolationException e) {
			// someone of the unit opened the report at the same moment: this transaction is spoilt, the next open finds it
			throw new StaleDataException();
		}
	}

	/**
	 * Saves what the unit wrote, as a draft (it may be incomplete), and attaches the uploaded files; all or nothing.
	 * @throws InvalidReportException for values or texts that break {@link ReportRules}
	 * @throws FieldException {@code files} for an upload the file storage refuses (empty, too large, not an allowed type)
	 * @throws StaleDataException when the report changed since {@code version} was shown
	 */
	@Transactional
	public void save(CurrentUser user, Long reportId, long version, ReportContent content,
			List<EvidenceUpload> uploads) {
		save(user, reportId, version, content, uploads, clock.instant());
	}

	/** As {@link #save(CurrentUser, Long, long, ReportContent, List)}, recorded as done at {@code at}. */
	@Transactional
	public void save(CurrentUser user, Long reportId, long version, ReportContent content,
			List<EvidenceUpload> uploads, Instant at) {
		ReportHeader h = requireEditable(user, reportId);
		ProgressReport report = loadForChange(reportId, version);
		write(h, report, content, uploads, actor(user, at));
	}

	/**
	 * The unit's head saves what is on the page and sends the report: every target needs a value, or done / not done;
	 * publishes {@link ReportSubmitted}. Nothing is written when it is refused.
	 * @throws AccessDeniedException when the user is not the head of that unit
	 * @throws IncompleteReportException naming the targets without an answer
	 */
	@Transactional
	public void submit(CurrentUser user, Long reportId, long version, ReportContent content,
			List<EvidenceUpload> uploads) {
		submit(user, reportId, version, content, uploads, clock.instant());
	}

	/** As {@link #submit(CurrentUser, Long, long, ReportContent, List)}, recorded as done at {@code at}. */
	@Transactional
	public void submit(CurrentUser user, Long reportId, long version, ReportContent content,
			List<EvidenceUpload> uploads, Instant at) {
		ReportHeader h = requireEditable(user, reportId);
		if (!user.has(Role.UNIT_HEAD)) {
			throw new AccessDeniedException("only the unit head submits");
		}
		ProgressReport report = loadForChange(reportId, version);
		Actor actor = actor(user, at);
		Map<Long, TargetView> answered = write(h, report, content, uploads, actor);
		Map<Long, Boolean> required = new LinkedHashMap<>();
		answered.values().forEach(t -> required.put(t.id(), t.isMilestone()));
		report.submit(required, period(h.periodId()).dueDate(), actor);
		events.publishEvent(new ReportSubmitted(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				report.getLateDays()));
	}

	/**
	 * Removes a file of evidence (and its stored bytes) from a report the unit may still change.
	 * @throws StaleDataException when the report changed since {@code version} was shown
	 */
	@Transactional
	public void removeEvidence(CurrentUser user, Long reportId, long version, Long evidenceId) {
		requireEditable(user, reportId);
		ProgressReport report = loadForChange(reportId, version);
		ReportEvidence file = evidence.findByIdAndReportId(evidenceId, reportId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		evidence.delete(file);
		evidence.flush();
		files.delete(file.getFileId());
		if (file.getThumbnailFileId() != null) {
			files.delete(file.getThumbnailFileId());
		}
		report.edited(actor(user, clock.instant()));
	}

	/**
	 * Attaches sample files (demo data, captioned as samples) to a report, as its unit would have; recorded at
	 * {@code at}.
	 */
	@Transactional
	public void attachSamples(CurrentUser user, Long reportId, List<EvidenceUpload> uploads, Instant at) {
		ReportHeader h = requireEditable(user, reportId);
		ProgressReport report = reports.forChange(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		attach(report, reportTargets(h, report.getEntries().stream().map(ProgressEntry::getTargetId).toList()),
				uploads, true);
		report.edited(actor(user, at));
	}

	/** Checks, then writes content and files; returns the targets the report answers. */
	private Map<Long, TargetView> write(ReportHeader h, ProgressReport report, ReportContent content,
			List<EvidenceUpload> uploads, Actor actor) {
		Map<Long, TargetView> answered = reportTargets(h,
				report.getEntries().stream().map(ProgressEntry::getTargetId).toList());
		if (content != null) {
			ReportContent checked = check(h, content, answered);
			report.write(checked, actor);
		}
		attach(report, answered, uploads == null ? List.of() : uploads, false);
		report.edited(actor);
		return answered;
	}

	/**
	 * Keeps, for each target, only what its kind takes (a value, or done / not done); refuses targets and task areas
	 * that are not the report's, and every rule the content breaks.
	 */
	private ReportContent check(ReportHeader h, ReportContent content, Map<Long, TargetView> answered) {
		content.entries().keySet().stream().filter(id -> !answered.containsKey(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("target of the report", id);
		});
		if (!content.narratives().isEmpty()) {
			Set<Long> areas = campaigns.taskAreas(h.campaignId()).stream().map(TaskAreaView::id)
				.collect(Collectors.toSet());
			content.narratives().keySet().stream().filter(id -> !areas.contains(id)).findFirst().ifPresent(id -> {
				throw new NotFoundException("task area", id);
			});
		}
		List<FieldException> problems = ReportRules.check(content, answered);
		if (!problems.isEmpty()) {
			throw new InvalidReportException(problems);
		}
		Map<Long, EntryInput> entries = new HashMap<>();
		content.entries().forEach((id, input) -> {
			boolean milestone = answered.get(id).isMilestone();
			entries.put(id, new EntryInput(milestone ? null : input.value(), milestone ? input.done() : null,
					input.comment()));
		});
		return new ReportContent(entries, content.narratives(), content.difficulties(), content.proposals());
	}

	private void attach(ProgressReport report, Map<Long, TargetView> answered, List<EvidenceUpload> uploads,
			boolean sample) {
		if (uploads.isEmpty()) {
			return;
		}
		uploads.stream().map(EvidenceUpload::targetId).filter(Objects::nonNull)
			.filter(id -> !answered.containsKey(id)).findFirst().ifPresent(id -> {
				throw new NotFoundException("target of the report", id);
			});
		uploads.forEach(u -> {
			if (u.caption() != null && u.caption().strip().length() > ReportRules.CAPTION_MAX) {
				throw new FieldException("files", "report.tooLong", ReportRules.CAPTION_MAX);
			}
		});
		uploads.stream().map(EvidenceUpload::targetId).filter(Objects::nonNull).forEach(report::entryFor);
		reports.flush();
		for (EvidenceUpload upload : uploads) {
			StoredFile stored;
			try {
				stored = files.store(upload.fileName(), upload.content());
			}
			catch (DomainException e) {
				throw new FieldException("files", "report.evidence.refused", upload.fileName() == null ? ""
						: upload.fileName(), new DefaultMessageSourceResolvable(
								new String[] { e.messageKey() }, e.arguments()));
			}
			Long thumbnail = files.storeThumbnail(stored, upload.content()).map(StoredFile::id).orElse(null);
			Long entryId = upload.targetId() == null ? null
					: report.entry(upload.targetId()).map(ProgressEntry::getId).orElseThrow();
			evidence.save(new ReportEvidence(report.getId(), entryId, stored.id(), thumbnail,
					ReportRules.clean(upload.caption()), sample));
		}
	}

	// --- the standing office decides --------------------------------------------------------------------------------

	/** The standing office accepts a submitted report, which is then locked; publishes {@link ReportAccepted}. */
	@Transactional
	public void accept(CurrentUser user, Long reportId, long version) {
		accept(user, reportId, version, clock.instant());
	}

	/** As {@link #accept(CurrentUser, Long, long)}, recorded as done at {@code at} (never in the future). */
	@Transactional
	public void accept(CurrentUser user, Long reportId, long version, Instant at) {
		ReportHeader h = requireOffice(user, reportId);
		ProgressReport report = loadForChange(reportId, version);
		report.accept(actor(user, at));
		events.publishEvent(new ReportAccepted(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username()));
	}

	/**
	 * The standing office returns a submitted report with a reason and comments on entries (by target id; shown to
	 * the unit beside those entries); publishes {@link ReportReturned}.
	 * @throws FieldException {@code reason} when the reason is missing or too long
	 */
	@Transactional
	public void returnForChanges(CurrentUser user, Long reportId, long version, String reason,
			Map<Long, String> comments) {
		returnForChanges(user, reportId, version, reason, comments, clock.instant());
	}

	/** As {@link #returnForChanges(CurrentUser, Long, long, String, Map)}, recorded as done at {@code at}. */
	@Transactional
	public void returnForChanges(CurrentUser user, Long reportId, long version, String reason,
			Map<Long, String> comments, Instant at) {
		ReportHeader h = requireOffice(user, reportId);
		ProgressReport report = loadForChange(reportId, version);
		report.returnForChanges(reason, comments == null ? Map.of() : comments, actor(user, at));
		events.publishEvent(new ReportReturned(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				reason.strip()));
	}

	/**
	 * The standing office reopens an accepted report with a reason: the unit corrects it and submits again;
	 * publishes {@link ReportReopened}.
	 */
	@Transactional
	public void reopen(CurrentUser user, Long reportId, long version, String reason) {
		reopen(user, reportId, version, reason, clock.instant());
	}

	/** As {@link #reopen(CurrentUser, Long, long, String)}, recorded as done at {@code at}. */
	@Transactional
	public void reopen(CurrentUser user, Long reportId, long version, String reason, Instant at) {
		ReportHeader h = requireOffice(user, reportId);
		ProgressReport report = loadForChange(reportId, version);
		report.reopen(reason, actor(user, at));
		events.publishEvent(new ReportReopened(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				reason.strip()));
	}

	// --- scoping: who may do what, in one place ---------------------------------------------------------------------

	/** A report exists for the user only if she may read its unit's data. */
	ReportHeader requireReadable(CurrentUser user, Long reportId) {
		return reports.header(reportId)
			.filter(h -> user.canRead(h.unitId()))
			.orElseThrow(() -> new NotFoundException("report", reportId));
	}

	/** Only the unit's own officers and head prepare its report; others who may read it are refused. */
	ReportHeader requirePreparer(CurrentUser user, Long reportId) {
		ReportHeader h = requireReadable(user, reportId);
		if (!user.worksFor(h.unitId())) {
			throw new AccessDeniedException("only the unit's officers and head prepare its report");
		}
		return h;
	}

	/** The unit's preparers change a report while it is a draft or returned, and the campaign runs. */
	ReportHeader requireEditable(CurrentUser user, Long reportId) {
		ReportHeader h = requirePreparer(user, reportId);
		campaigns.requireActive(h.campaignId());
		if (!h.status().isEditable()) {
			throw new DomainException("report.notEditable." + h.status().name());
		}
		return h;
	}

	/** Only the standing office and administrators decide on reports, while the campaign runs. */
	ReportHeader requireOffice(CurrentUser user, Long reportId) {
		ReportHeader h = requireReadable(user, reportId);
		if (!user.hasAny(Role.STANDING_OFFICE, Role.ADMIN)) {
			throw new AccessDeniedException("only the standing office decides on reports");
		}
		campaigns.requireActive(h.campaignId());
		return h;
	}

	private static void requireSeesAll(CurrentUser user) {
		if (!user.seesAllUnits()) {
			throw new AccessDeniedException("only the standing office, leaders and administrators see every unit");
		}
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private ProgressReport loadForChange(Long reportId, long version) {
		ProgressReport report = reports.forChange(reportId)
			.orElseThrow(() -> new NotFoundException("report", reportId));
		StaleDataException.check(report, version);
		return report;
	}

	private PeriodView period(Long periodId) {
		return campaigns.period(periodId).orElseThrow(() -> new NotFoundException("reporting period", periodId));
	}

	private Actor actor(CurrentUser user, Instant at) {
		if (at.isAfter(clock.instant())) {
			throw new IllegalArgumentException("a report step cannot be recorded in the future: " + at);
		}
		return Actor.of(user, at);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	/** Calendar days since the due date of a report that is not in; null when it is in or not due yet. */
	static Integer overdueDays(PeriodView period, boolean submitted, LocalDate today) {
		if (submitted || !today.isAfter(period.dueDate())) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(period.dueDate(), today);
	}

	private static Long id(Object value) {
		return ((Number) value).longValue();
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}
}
