package vn.atgt.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusVersions;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.internal.ProgressEntry;
import vn.atgt.thidua.report.internal.ProgressReport;
import vn.atgt.thidua.report.internal.ProgressReportRepository;
import vn.atgt.thidua.report.internal.ReportHeader;
import vn.atgt.thidua.report.internal.TargetValues;

/**
 * The door of the report module: the workflow of a report and what other modules read. A unit opens its report for a
 * reporting period, its officers and head fill it (an entry per approved target, a narrative per task area, evidence
 * files), the head submits it; the standing office accepts it, returns it with a reason and comments per entry, or
 * reopens an accepted one. Other modules read where every report stands ({@link #reportStatuses(Long)}) here, what
 * accepted reports add up to per target in {@link ReportProgress} and the accepted narratives in
 * {@link ReportNarratives}. Every step asks {@link ReportAccess} first;
 * changes need a running campaign; every save of any part checks and raises the report's version. Steps are dated by
 * the application clock and publish {@link ReportSubmitted}, {@link ReportAccepted}, {@link ReportReturned} and
 * {@link ReportReopened} within their transaction; a decision keeps the unit's target values again
 * ({@link TargetValues}, which {@link ReportCompletions} counts). Pages read through {@link ReportQueries}; evidence files are
 * {@link EvidenceService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final ProgressReportRepository reports;
	private final ReportAccess access;
	private final ReportTargets reportTargets;
	private final EvidenceService evidence;
	private final CampaignService campaigns;
	private final CampaignStatusVersions statusVersions;
	private final RegistrationService registrations;
	private final TargetValues values;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportService(ProgressReportRepository reports, ReportAccess access, ReportTargets reportTargets,
			EvidenceService evidence, CampaignService campaigns, RegistrationService registrations,
			TargetValues values, CampaignStatusVersions statusVersions, ApplicationEventPublisher events, Clock clock) {
		this.values = values;
		this.statusVersions = statusVersions;
		this.reports = reports;
		this.access = access;
		this.reportTargets = reportTargets;
		this.evidence = evidence;
		this.campaigns = campaigns;
		this.registrations = registrations;
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

	/** As {@link #reportStatuses(Long)}, for one unit's reports only (its home page). */
	public List<ReportStatusRow> reportStatuses(Long campaignId, Long unitId) {
		return reports.statusesOfUnit(campaignId, unitId);
	}

	/**
	 * As {@link #reportStatuses(Long)}, for the given units' reports only (a page of the monitoring matrix); at least
	 * one unit.
	 */
	public List<ReportStatusRow> reportStatuses(Long campaignId, Collection<Long> unitIds) {
		return reports.statusesOfUnits(campaignId, unitIds);
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
		access.requireOpener(user);
		Long unitId = user.unitId();
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
		if (LocalDate.ofInstant(clock.instant(), Formats.ZONE).isBefore(period.startDate())) {
			throw new DomainException("report.period.notStarted", period.name(), Formats.DATE.format(period.startDate()));
		}
		// a draft gives the dashboard's overdue item its link: the first write, as in every change of a status
		statusVersions.raise(campaignId);
		ProgressReport report = new ProgressReport(campaignId, periodId, unitId, actor(user));
		registrations.approvedTargets(campaignId, unitId).forEach(t -> report.entryFor(t.id()));
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
		ReportHeader h = access.editable(user, reportId);
		write(h, reports.forChange(reportId, version), content, uploads, actor(user));
	}

	/**
	 * The unit's head saves what is on the page and sends the report: every target needs a value, or done / not done;
	 * publishes {@link ReportSubmitted}. Nothing is written when it is refused.
	 * @throws AccessDeniedException when the user is not the head of that unit
	 * @throws IncompleteReportException naming the targets without an answer, each for its field of the report form
	 */
	@Transactional
	public void submit(CurrentUser user, Long reportId, long version, ReportContent content,
			List<EvidenceUpload> uploads) {
		ReportHeader h = access.sendable(user, reportId);
		statusVersions.raise(h.campaignId());
		ProgressReport report = reports.forChange(reportId, version);
		Actor actor = actor(user);
		Map<Long, TargetView> answered = write(h, report, content, uploads, actor);
		Map<Long, Boolean> required = new LinkedHashMap<>();
		answered.values().forEach(t -> required.put(t.id(), t.isMilestone()));
		report.submit(required, period(h.periodId()).dueDate(), actor);
		events.publishEvent(new ReportSubmitted(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				report.getLateDays()));
	}

	/** Checks, then writes content and files; returns the targets the report answers. */
	private Map<Long, TargetView> write(ReportHeader h, ProgressReport report, ReportContent content,
			List<EvidenceUpload> uploads, Actor actor) {
		Map<Long, TargetView> answered = reportTargets.of(h,
				report.getEntries().stream().map(ProgressEntry::getTargetId).toList());
		if (content != null) {
			report.write(check(h, content, answered), actor);
		}
		evidence.attach(report, answered, uploads == null ? List.of() : uploads, false);
		report.edited(actor);
		return answered;
	}

	/** The content for the report's own targets and task areas; refuses every rule it breaks. */
	private ReportContent check(ReportHeader h, ReportContent content, Map<Long, TargetView> answered) {
		Set<Long> areas = content.narratives().isEmpty() ? Set.of() : campaigns.taskAreas(h.campaignId()).stream()
			.map(TaskAreaView::id).collect(Collectors.toSet());
		ReportContent own = content.limitedTo(answered, areas);
		List<FieldException> problems = ReportRules.check(own, answered);
		if (!problems.isEmpty()) {
			throw new InvalidReportException(problems);
		}
		return own;
	}

	// --- the standing office decides --------------------------------------------------------------------------------

	/** The standing office accepts a submitted report, which is then locked; publishes {@link ReportAccepted}. */
	@Transactional
	public void accept(CurrentUser user, Long reportId, long version) {
		ReportHeader h = access.decidable(user, reportId);
		statusVersions.raise(h.campaignId());
		reports.forChange(reportId, version).accept(actor(user));
		values.keep(h.campaignId(), h.unitId());
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
		ReportHeader h = access.decidable(user, reportId);
		statusVersions.raise(h.campaignId());
		reports.forChange(reportId, version).returnForChanges(reason, comments == null ? Map.of() : comments,
				actor(user));
		values.keep(h.campaignId(), h.unitId());
		events.publishEvent(new ReportReturned(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				reason.strip()));
	}

	/**
	 * The standing office reopens an accepted report with a reason: the unit corrects it and submits again;
	 * publishes {@link ReportReopened}.
	 */
	@Transactional
	public void reopen(CurrentUser user, Long reportId, long version, String reason) {
		ReportHeader h = access.decidable(user, reportId);
		statusVersions.raise(h.campaignId());
		reports.forChange(reportId, version).reopen(reason, actor(user));
		values.keep(h.campaignId(), h.unitId());
		events.publishEvent(new ReportReopened(h.campaignId(), h.unitId(), h.periodId(), reportId, user.username(),
				reason.strip()));
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private PeriodView period(Long periodId) {
		return campaigns.period(periodId).orElseThrow(() -> new NotFoundException("reporting period", periodId));
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
