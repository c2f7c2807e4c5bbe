package vn.atgt.thidua.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.registration.internal.RegistrationDeadline;
import vn.atgt.thidua.registration.internal.RegistrationDeadlineRepository;
import vn.atgt.thidua.registration.internal.RegistrationHeader;
import vn.atgt.thidua.registration.internal.SuggestedIndicatorRepository;
import vn.atgt.thidua.registration.internal.Target;
import vn.atgt.thidua.registration.internal.TargetCount;
import vn.atgt.thidua.registration.internal.TargetRegistration;
import vn.atgt.thidua.registration.internal.TargetRegistrationRepository;
import vn.atgt.thidua.registration.internal.TargetRepository;
import vn.atgt.thidua.unit.UnitService;

/**
 * The door of the target module. Units prepare their registration here (officers and the head of the unit; only the
 * head submits), the standing office approves, returns or reopens it, and other modules read approved targets, targets
 * by id, and where each unit stands for the monitoring matrix. Every method that touches a unit's data takes the
 * signed-in user and refuses other units' data as not found; a role that may read but not change gets access denied.
 * Changes need a running campaign. Workflow steps publish {@link RegistrationSubmitted}, {@link RegistrationApproved},
 * {@link RegistrationReturned} and {@link RegistrationReopened} within their transaction.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

	private final TargetRegistrationRepository registrations;
	private final TargetRepository targets;
	private final SuggestedIndicatorRepository suggestions;
	private final RegistrationDeadlineRepository deadlines;
	private final CampaignService campaigns;
	private final UnitService units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegistrationService(TargetRegistrationRepository registrations, TargetRepository targets,
			SuggestedIndicatorRepository suggestions, RegistrationDeadlineRepository deadlines,
			CampaignService campaigns, UnitService units, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.targets = targets;
		this.suggestions = suggestions;
		this.deadlines = deadlines;
		this.campaigns = campaigns;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	// --- reading, for other modules ---------------------------------------------------------------------------------

	/**
	 * The approved targets of one unit in a campaign, by task area (id) and position; empty unless the unit's
	 * registration is approved (a reopened registration has none until it is approved again).
	 */
	public List<TargetView> approvedTargets(Long campaignId, Long unitId) {
		return targets.ofUnit(campaignId, unitId, RegistrationStatus.APPROVED);
	}

	/** The approved targets of every unit of a campaign, by unit, task area and position: one query. */
	public List<TargetView> approvedTargets(Long campaignId) {
		return targets.ofCampaign(campaignId, RegistrationStatus.APPROVED);
	}

	/**
	 * The targets with these ids, whatever their registration's status, in one query (report pages show the targets
	 * their entries refer to). Ids that do not exist are left out. The caller scopes by unit.
	 */
	public List<TargetView> targets(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : targets.byIds(Set.copyOf(ids));
	}

	/**
	 * Where every participating unit of the campaign stands with its registration, in one SQL query (units that have
	 * not started included, with a null registration); lateness as {@link RegistrationStatusRow} defines it.
	 */
	public List<RegistrationStatusRow> registrationStatuses(Long campaignId) {
		LocalDate today = today();
		List<RegistrationStatusRow> rows = new ArrayList<>();
		for (Object[] row : registrations.standings(campaignId)) {
			RegistrationStatus status = row[2] == null ? null : RegistrationStatus.valueOf((String) row[2]);
			Instant last = instant(row[4]);
			LocalDate deadline = date(row[6]);
			rows.add(new RegistrationStatusRow(((Number) row[0]).longValue(),
					row[1] == null ? null : ((Number) row[1]).longValue(), status, instant(row[3]), last,
					instant(row[5]), deadline, lateDays(deadline, status, last, today)));
		}
		return rows;
	}

	/** The campaign's registration deadline (hạn đăng ký thi đua), when the standing office set one. */
	public Optional<LocalDate> registrationDeadline(Long campaignId) {
		return deadlines.findById(campaignId).map(RegistrationDeadline::getDeadline);
	}

	// --- reading, for pages -----------------------------------------------------------------------------------------

	/**
	 * A unit's registration with its targets and history, or an empty one when the unit has not started.
	 * @throws NotFoundException unless the user may read the unit's data and the unit takes part in the campaign
	 */
	public RegistrationView registration(CurrentUser user, Long campaignId, Long unitId) {
		requireReader(user, campaignId, unitId);
		LocalDate deadline = registrationDeadline(campaignId).orElse(null);
		Optional<RegistrationHeader> header = registrations.header(campaignId, unitId);
		String unitName = units.nameOf(unitId);
		if (header.isEmpty()) {
			return new RegistrationView(campaignId, unitId, unitName, null, null, 0,
					standing(unitId, null, deadline), List.of(), List.of());
		}
		RegistrationHeader h = header.get();
		return new RegistrationView(campaignId, unitId, unitName, h.id(), h.officeNote(), h.version(),
				standing(unitId, h, deadline), targets.views(h.id()), registrations.history(h.id()));
	}

	/**
	 * The unit's registration, for a user who prepares it (its forms and its import page).
	 * @throws NotFoundException for another unit's registration
	 * @throws AccessDeniedException for a user who reads it but does not prepare it
	 */
	public RegistrationView registrationToPrepare(CurrentUser user, Long campaignId, Long unitId) {
		requirePreparer(user, campaignId, unitId);
		return registration(user, campaignId, unitId);
	}

	/**
	 * One target of the unit's registration, for its edit form.
	 * @throws NotFoundException unless it belongs to that unit's registration and the user may read it
	 */
	public TargetView target(CurrentUser user, Long campaignId, Long unitId, Long targetId) {
		requireReader(user, campaignId, unitId);
		return targets(List.of(targetId)).stream()
			.filter(t -> t.campaignId().equals(campaignId) && t.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("target", targetId));
	}

	/**
	 * The standing office's table: every participating unit (agencies first, then by name) with where its
	 * registration stands and how many targets it has per task area; a constant number of queries.
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public List<RegistrationOverviewRow> overview(CurrentUser user, Long campaignId) {
		if (!user.seesAllUnits()) {
			throw new AccessDeniedException("only the standing office, leaders and administrators see every unit");
		}
		Map<Long, RegistrationStatusRow> standings = registrationStatuses(campaignId).stream()
			.collect(Collectors.toMap(RegistrationStatusRow::unitId, Function.identity()));
		Map<Long, Map<Long, Long>> counts = new HashMap<>();
		for (TargetCount count : registrations.targetCounts(campaignId)) {
			counts.computeIfAbsent(count.unitId(), k -> new HashMap<>()).put(count.taskAreaId(), count.count());
		}
		List<RegistrationOverviewRow> rows = new ArrayList<>();
		for (ParticipantView p : campaigns.participants(campaignId)) {
			RegistrationStatusRow standing = standings.get(p.unitId());
			if (standing != null) {
				rows.add(new RegistrationOverviewRow(p.unitId(), p.unitName(), p.unitKind(), standing,
						Map.copyOf(counts.getOrDefault(p.unitId(), Map.of()))));
			}
		}
		return rows;
	}

	// --- the unit prepares ------------------------------------------------------------------------------------------

	/**
	 * Adds a target to the unit's registration, starting the registration when it is the first.
	 * @return the new target's id
	 * @throws InvalidTargetException or {@link FieldException} for a bad target; {@link DomainException} when the
	 *         registration is not editable or the campaign is not running
	 */
	@Transactional
	public Long addTarget(CurrentUser user, Long campaignId, Long unitId, TargetCommand command) {
		return addTarget(user, campaignId, unitId, command, clock.instant());
	}

	/**
	 * As {@link #addTarget(CurrentUser, Long, Long, TargetCommand)}, recorded as done at {@code at}: for registrations
	 * received on paper and entered afterwards, and for sample data. Never in the future.
	 */
	@Transactional
	public Long addTarget(CurrentUser user, Long campaignId, Long unitId, TargetCommand command, Instant at) {
		requirePreparer(user, campaignId, unitId);
		campaigns.requireActive(campaignId);
		TargetCommand resolved = resolve(campaignId, command);
		Actor actor = actor(user, at);
		TargetRegistration registration = registrationOf(campaignId, unitId, actor);
		Target target = registration.addTarget(resolved, actor);
		registrations.flush();
		return target.getId();
	}

	/**
	 * Changes a target of the unit's registration.
	 * @throws StaleDataException when someone saved the target since {@code version} was shown
	 */
	@Transactional
	public void updateTarget(CurrentUser user, Long campaignId, Long unitId, Long targetId, long version,
			TargetCommand command) {
		requirePreparer(user, campaignId, unitId);
		campaigns.requireActive(campaignId);
		TargetRegistration registration = load(campaignId, unitId);
		Target target = registration.target(targetId);
		registration.requireEditable();
		StaleDataException.check(target, version);
		registration.updateTarget(target, resolve(campaignId, command), actor(user, clock.instant()));
	}

	/**
	 * Removes a target from the unit's registration.
	 * @throws StaleDataException when someone saved the target since {@code version} was shown
	 */
	@Transactional
	public void removeTarget(CurrentUser user, Long campaignId, Long unitId, Long targetId, long version) {
		requirePreparer(user, campaignId, unitId);
		campaigns.requireActive(campaignId);
		TargetRegistration registration = load(campaignId, unitId);
		Target target = registration.target(targetId);
		registration.requireEditable();
		StaleDataException.check(target, version);
		registration.removeTarget(target, actor(user, clock.instant()));
	}

	/**
	 * The unit's head sends the registration (a draft or a returned one with at least one target); publishes
	 * {@link RegistrationSubmitted}.
	 * @throws AccessDeniedException when the user is not the head of that unit
	 * @throws StaleDataException when the registration changed since {@code version} was shown
	 */
	@Transactional
	public void submit(CurrentUser user, Long campaignId, Long unitId, long version) {
		submit(user, campaignId, unitId, version, clock.instant());
	}

	/** As {@link #submit(CurrentUser, Long, Long, long)}, recorded as done at {@code at} (never in the future). */
	@Transactional
	public void submit(CurrentUser user, Long campaignId, Long unitId, long version, Instant at) {
		requirePreparer(user, campaignId, unitId);
		if (!user.has(Role.UNIT_HEAD)) {
			throw new AccessDeniedException("only the unit head submits");
		}
		campaigns.requireActive(campaignId);
		TargetRegistration registration = load(campaignId, unitId);
		StaleDataException.check(registration, version);
		registration.submit(actor(user, at));
		events.publishEvent(new RegistrationSubmitted(campaignId, unitId, registration.getId(), user.username()));
	}

	// --- the standing office decides --------------------------------------------------------------------------------

	/** The standing office approves a submitted registration; publishes {@link RegistrationApproved}. */
	@Transactional
	public void approve(CurrentUser user, Long campaignId, Long unitId, long version) {
		approve(user, campaignId, unitId, version, clock.instant());
	}

	/** As {@link #approve(CurrentUser, Long, Long, long)}, recorded as done at {@code at} (never in the future). */
	@Transactional
	public void approve(CurrentUser user, Long campaignId, Long unitId, long version, Instant at) {
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.approve(actor(user, at));
		events.publishEvent(new RegistrationApproved(campaignId, unitId, registration.getId(), user.username()));
	}

	/**
	 * The standing office returns a submitted registration with a reason and comments per target; publishes
	 * {@link RegistrationReturned}.
	 * @throws FieldException {@code reason} when the reason is missing
	 */
	@Transactional
	public void returnForChanges(CurrentUser user, Long campaignId, Long unitId, long version,
			ReturnCommand command) {
		returnForChanges(user, campaignId, unitId, version, command, clock.instant());
	}

	/** As {@link #returnForChanges(CurrentUser, Long, Long, long, ReturnCommand)}, recorded as done at {@code at}. */
	@Transactional
	public void returnForChanges(CurrentUser user, Long campaignId, Long unitId, long version, ReturnCommand command,
			Instant at) {
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.returnForChanges(command.reason(), command.comments(), actor(user, at));
		events.publishEvent(new RegistrationReturned(campaignId, unitId, registration.getId(), user.username(),
				command.reason().strip()));
	}

	/**
	 * The standing office reopens an approved registration with a reason (it becomes a draft the unit edits and
	 * submits again); publishes {@link RegistrationReopened}.
	 */
	@Transactional
	public void reopen(CurrentUser user, Long campaignId, Long unitId, long version, String reason) {
		reopen(user, campaignId, unitId, version, reason, clock.instant());
	}

	/** As {@link #reopen(CurrentUser, Long, Long, long, String)}, recorded as done at {@code at}. */
	@Transactional
	public void reopen(CurrentUser user, Long campaignId, Long unitId, long version, String reason, Instant at) {
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.reopen(reason, actor(user, at));
		events.publishEvent(new RegistrationReopened(campaignId, unitId, registration.getId(), user.username(),
				reason.strip()));
	}

	private TargetRegistration decidable(CurrentUser user, Long campaignId, Long unitId, long version) {
		requireOffice(user, campaignId, unitId);
		campaigns.requireActive(campaignId);
		TargetRegistration registration = load(campaignId, unitId);
		StaleDataException.check(registration, version);
		return registration;
	}

	// --- the import (TargetImportService) ---------------------------------------------------------------------------

	/** Refuses a sheet for a unit the user does not prepare for, or a registration that cannot change now. */
	void requireImportable(CurrentUser user, Long campaignId, Long unitId) {
		requirePreparer(user, campaignId, unitId);
		campaigns.requireActive(campaignId);
		registrations.header(campaignId, unitId)
			.filter(h -> !h.status().isEditable())
			.ifPresent(h -> {
				throw new DomainException("target.notEditable." + h.status().name());
			});
	}

	/**
	 * Makes the unit's targets those of the sheet: a row that matches a target (same task area and name) changes it
	 * when it differs, a new row adds a target, a target without a row is removed. Rows equal to the targets change
	 * nothing at all.
	 */
	@Transactional
	ImportOutcome replaceTargets(CurrentUser user, Long campaignId, Long unitId, List<TargetCommand> commands) {
		requireImportable(user, campaignId, unitId);
		Actor actor = actor(user, clock.instant());
		TargetRegistration registration = registrationOf(campaignId, unitId, actor);
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
		int unchanged = 0;
		for (TargetCommand command : commands) {
			Target match = existing.get(key(command.taskAreaId(), command.indicatorName()));
			if (match == null) {
				registration.addTarget(command, actor);
				added++;
			}
			else if (match.sameAs(command)) {
				unchanged++;
			}
			else {
				registration.updateTarget(match, command, actor);
				changed++;
			}
		}
		return new ImportOutcome(added, changed, removed, unchanged);
	}

	private static String key(Long taskAreaId, String name) {
		return taskAreaId + "|" + TargetRules.nameKey(name);
	}

	/**
	 * The problems of a target that only the campaign can tell: a task area of another campaign, a milestone due
	 * outside the campaign's dates; then {@link TargetRules}.
	 */
	static List<FieldException> problems(CampaignView campaign, List<TaskAreaView> taskAreas, TargetCommand c) {
		List<FieldException> problems = new ArrayList<>(TargetRules.check(c));
		if (c.taskAreaId() != null && taskAreas.stream().noneMatch(a -> a.id().equals(c.taskAreaId()))) {
			problems.add(new FieldException("taskAreaId", "target.taskArea.unknown"));
		}
		if (c.dueDate() != null && !campaign.covers(c.dueDate())) {
			problems.add(new FieldException("dueDate", "target.dueDate.outside",
					Formats.DATE.format(campaign.startDate()), Formats.DATE.format(campaign.endDate())));
		}
		return problems;
	}

	// --- scoping ----------------------------------------------------------------------------------------------------

	/** The unit's data exists for the user only if she may read that unit and the unit takes part. */
	void requireReader(CurrentUser user, Long campaignId, Long unitId) {
		if (unitId == null || !user.canRead(unitId) || !campaigns.isParticipant(campaignId, unitId)) {
			throw new NotFoundException("registration of unit", unitId);
		}
	}

	/** Only the unit's own officers and head change its registration; others who may read it are refused. */
	void requirePreparer(CurrentUser user, Long campaignId, Long unitId) {
		requireReader(user, campaignId, unitId);
		if (!user.worksFor(unitId)) {
			throw new AccessDeniedException("only the unit's officers and head prepare its registration");
		}
	}

	private void requireOffice(CurrentUser user, Long campaignId, Long unitId) {
		requireReader(user, campaignId, unitId);
		if (!user.hasAny(Role.STANDING_OFFICE, Role.ADMIN)) {
			throw new AccessDeniedException("only the standing office decides on registrations");
		}
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	/** Takes name, unit and direction from a suggested indicator of this campaign; checks what the campaign decides. */
	private TargetCommand resolve(Long campaignId, TargetCommand command) {
		TargetCommand resolved = command;
		if (command.suggestedIndicatorId() != null) {
			SuggestedIndicatorView suggestion = suggestions.view(command.suggestedIndicatorId())
				.filter(s -> s.campaignId().equals(campaignId))
				.orElseThrow(() -> new NotFoundException("suggested indicator", command.suggestedIndicatorId()));
			resolved = command.from(suggestion);
		}
		List<FieldException> problems = problems(campaigns.get(campaignId), campaigns.taskAreas(campaignId), resolved);
		if (!problems.isEmpty()) {
			throw new InvalidTargetException(problems);
		}
		return resolved;
	}

	private TargetRegistration registrationOf(Long campaignId, Long unitId, Actor actor) {
		Optional<TargetRegistration> existing = registrations.findByCampaignIdAndUnitId(campaignId, unitId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return registrations.saveAndFlush(new TargetRegistration(campaignId, unitId, actor));
		}
		catch (DataIntegrityViolationException e) {
			// someone of the unit started the registration at the same moment
			throw new StaleDataException();
		}
	}

	private TargetRegistration load(Long campaignId, Long unitId) {
		return registrations.findByCampaignIdAndUnitId(campaignId, unitId)
			.orElseThrow(() -> new NotFoundException("registration of unit", unitId));
	}

	private Actor actor(CurrentUser user, Instant at) {
		if (at.isAfter(clock.instant())) {
			throw new IllegalArgumentException("a registration step cannot be recorded in the future: " + at);
		}
		return Actor.of(user, at);
	}

	private RegistrationStatusRow standing(Long unitId, RegistrationHeader h, LocalDate deadline) {
		if (h == null) {
			return new RegistrationStatusRow(unitId, null, null, null, null, null, deadline,
					lateDays(deadline, null, null, today()));
		}
		return new RegistrationStatusRow(unitId, h.id(), h.status(), h.firstSubmittedAt(), h.lastSubmittedAt(),
				h.decidedAt(), deadline, lateDays(deadline, h.status(), h.lastSubmittedAt(), today()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}

	/** Calendar days after the deadline: until the latest submission when it is in, else until today. */
	static Integer lateDays(LocalDate deadline, RegistrationStatus status, Instant lastSubmittedAt, LocalDate today) {
		if (deadline == null) {
			return null;
		}
		LocalDate until = status != null && status.isSubmitted() && lastSubmittedAt != null
				? LocalDate.ofInstant(lastSubmittedAt, Formats.ZONE)
				: today;
		return (int) Math.max(0, ChronoUnit.DAYS.between(deadline, until));
	}

	/** A timestamp column of a native query, as whichever driver returns it. */
	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof ZonedDateTime zdt) {
			return zdt.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof LocalDateTime ldt) {
			return ldt.toInstant(ZoneOffset.UTC);
		}
		throw new IllegalStateException("not a timestamp: " + value.getClass());
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		throw new IllegalStateException("not a date: " + value.getClass());
	}
}
