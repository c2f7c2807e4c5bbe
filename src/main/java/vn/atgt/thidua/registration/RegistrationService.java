package vn.atgt.thidua.registration;

import static vn.atgt.thidua.registration.RegistrationLateness.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusVersions;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.registration.internal.RegistrationDeadline;
import vn.atgt.thidua.registration.internal.RegistrationDeadlineRepository;
import vn.atgt.thidua.registration.internal.RegistrationHeader;
import vn.atgt.thidua.registration.internal.StandingRow;
import vn.atgt.thidua.registration.internal.SuggestedIndicatorRepository;
import vn.atgt.thidua.registration.internal.Target;
import vn.atgt.thidua.registration.internal.TargetRegistration;
import vn.atgt.thidua.registration.internal.TargetRegistrationRepository;
import vn.atgt.thidua.registration.internal.TargetRepository;
import vn.atgt.thidua.unit.UnitService;

/**
 * The door of the registration module. Units prepare their registration here (officers and the head of the unit; only
 * the head submits), the standing office approves, returns or reopens it, and other modules read approved targets,
 * targets by id, a unit's registration and where each unit stands for the monitoring matrix. Who may do what is
 * {@link RegistrationAccess}'s answer; changes need a running campaign; each step happens at the application clock's
 * instant. Workflow steps publish {@link RegistrationSubmitted}, {@link RegistrationApproved},
 * {@link RegistrationReturned} and {@link RegistrationReopened} within their transaction. The pages read through
 * {@link RegistrationQueries}.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

	private final TargetRegistrationRepository registrations;
	private final TargetRepository targets;
	private final SuggestedIndicatorRepository suggestions;
	private final RegistrationDeadlineRepository deadlines;
	private final CampaignService campaigns;
	private final CampaignStatusVersions statusVersions;
	private final UnitService units;
	private final RegistrationAccess access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegistrationService(TargetRegistrationRepository registrations, TargetRepository targets,
			SuggestedIndicatorRepository suggestions, RegistrationDeadlineRepository deadlines,
			CampaignService campaigns, CampaignStatusVersions statusVersions, UnitService units,
			RegistrationAccess access, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.statusVersions = statusVersions;
		this.targets = targets;
		this.suggestions = suggestions;
		this.deadlines = deadlines;
		this.campaigns = campaigns;
		this.units = units;
		this.access = access;
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
	 * Where every participating unit of the campaign stands with its registration, by unit id (units that have not
	 * started included, with a null registration); lateness as {@link RegistrationLateness} counts it. One query
	 * whatever the number of units.
	 */
	public List<RegistrationStatusRow> registrationStatuses(Long campaignId) {
		LocalDate today = today();
		return registrations.standings(campaignId).stream().map(row -> standing(row, today)).toList();
	}

	/** As {@link #registrationStatuses(Long)}, for one unit only (none when it does not take part). */
	public List<RegistrationStatusRow> registrationStatuses(Long campaignId, Long unitId) {
		LocalDate today = today();
		return registrations.standingsOfUnit(campaignId, unitId).stream().map(row -> standing(row, today)).toList();
	}

	/**
	 * As {@link #registrationStatuses(Long)}, for the given units only (a page of the monitoring matrix); at least one
	 * unit.
	 */
	public List<RegistrationStatusRow> registrationStatuses(Long campaignId, Collection<Long> unitIds) {
		LocalDate today = today();
		return registrations.standingsOfUnits(campaignId, unitIds).stream().map(row -> standing(row, today)).toList();
	}

	/** The campaign's registration deadline (hạn đăng ký thi đua), when the standing office set one. */
	public Optional<LocalDate> registrationDeadline(Long campaignId) {
		return deadlines.findById(campaignId).map(RegistrationDeadline::getDeadline);
	}

	/**
	 * A unit's registration with its targets and history, or an empty one when the unit has not started.
	 * @throws NotFoundException unless the user may read the unit's data and the unit takes part in the campaign
	 */
	public RegistrationView registration(CurrentUser user, Long campaignId, Long unitId) {
		access.requireReadable(user, new RegistrationScope(campaignId, unitId));
		LocalDate deadline = registrationDeadline(campaignId).orElse(null);
		RegistrationHeader h = registrations.header(campaignId, unitId).orElse(null);
		String unitName = units.nameOf(unitId);
		RegistrationStatusRow standing = standing(StandingRow.of(unitId, h, deadline), today());
		if (h == null) {
			return new RegistrationView(campaignId, unitId, unitName, null, null, 0, standing, List.of(), List.of());
		}
		return new RegistrationView(campaignId, unitId, unitName, h.id(), h.officeNote(), h.version(), standing,
				targets.views(h.id()), registrations.history(h.id()));
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
		access.requirePreparer(user, new RegistrationScope(campaignId, unitId));
		campaigns.requireActive(campaignId);
		TargetCommand resolved = resolve(campaignId, command);
		Actor actor = actor(user);
		// a start moves the unit from NOT_STARTED to DRAFT: raises the campaign's status counter first, as every status
		// transition does (the office's table keeps its counts under it)
		TargetRegistration registration = registrations.loadOrStart(campaignId, unitId, actor,
				() -> statusVersions.raise(campaignId));
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
		Target target = editableTarget(user, campaignId, unitId, targetId, version);
		target.getRegistration().updateTarget(target, resolve(campaignId, command), actor(user));
	}

	/**
	 * Removes a target from the unit's registration.
	 * @return the removed target's name (for the message that confirms it)
	 * @throws StaleDataException when someone saved the target since {@code version} was shown
	 */
	@Transactional
	public String removeTarget(CurrentUser user, Long campaignId, Long unitId, Long targetId, long version) {
		Target target = editableTarget(user, campaignId, unitId, targetId, version);
		target.getRegistration().removeTarget(target, actor(user));
		return target.getIndicatorName();
	}

	/**
	 * The unit's head sends the registration (a draft or a returned one with at least one target); publishes
	 * {@link RegistrationSubmitted}.
	 * @throws AccessDeniedException when the user is not the head of that unit
	 * @throws StaleDataException when the registration changed since {@code version} was shown
	 */
	@Transactional
	public void submit(CurrentUser user, Long campaignId, Long unitId, long version) {
		access.requireSubmitter(user, new RegistrationScope(campaignId, unitId));
		campaigns.requireActive(campaignId);
		statusVersions.raise(campaignId);
		TargetRegistration registration = registrations.load(campaignId, unitId);
		StaleDataException.check(registration, version);
		registration.submit(actor(user));
		events.publishEvent(new RegistrationSubmitted(campaignId, unitId, registration.getId(), user.username()));
	}

	// --- the standing office decides --------------------------------------------------------------------------------

	/** The standing office approves a submitted registration; publishes {@link RegistrationApproved}. */
	@Transactional
	public void approve(CurrentUser user, Long campaignId, Long unitId, long version) {
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.approve(actor(user));
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
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.returnForChanges(command.reason(), command.comments(), actor(user));
		events.publishEvent(new RegistrationReturned(campaignId, unitId, registration.getId(), user.username(),
				command.reason().strip()));
	}

	/**
	 * The standing office reopens an approved registration with a reason (it becomes a draft the unit edits and
	 * submits again); publishes {@link RegistrationReopened}.
	 */
	@Transactional
	public void reopen(CurrentUser user, Long campaignId, Long unitId, long version, String reason) {
		TargetRegistration registration = decidable(user, campaignId, unitId, version);
		registration.reopen(reason, actor(user));
		events.publishEvent(new RegistrationReopened(campaignId, unitId, registration.getId(), user.username(),
				reason.strip()));
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private TargetRegistration decidable(CurrentUser user, Long campaignId, Long unitId, long version) {
		access.requireDecider(user, new RegistrationScope(campaignId, unitId));
		campaigns.requireActive(campaignId);
		statusVersions.raise(campaignId);
		TargetRegistration registration = registrations.load(campaignId, unitId);
		StaleDataException.check(registration, version);
		return registration;
	}

	private Target editableTarget(CurrentUser user, Long campaignId, Long unitId, Long targetId, long version) {
		access.requirePreparer(user, new RegistrationScope(campaignId, unitId));
		campaigns.requireActive(campaignId);
		TargetRegistration registration = registrations.load(campaignId, unitId);
		Target target = registration.target(targetId);
		registration.requireEditable();
		StaleDataException.check(target, version);
		return target;
	}

	/** Takes name, unit and direction from a suggested indicator of this campaign; checks what the campaign decides. */
	private TargetCommand resolve(Long campaignId, TargetCommand command) {
		TargetCommand resolved = command;
		if (command.suggestedIndicatorId() != null) {
			SuggestedIndicatorView suggestion = suggestions.view(command.suggestedIndicatorId())
				.filter(s -> s.campaignId().equals(campaignId))
				.orElseThrow(() -> new NotFoundException("suggested indicator", command.suggestedIndicatorId()));
			resolved = command.from(suggestion);
		}
		List<FieldException> problems = TargetRules.check(campaigns.get(campaignId), campaigns.taskAreas(campaignId),
				resolved);
		if (!problems.isEmpty()) {
			throw new InvalidTargetException(problems);
		}
		return resolved;
	}

	/** The user, now: the clock is the application's (the demo story and the tests set it). */
	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}
}
