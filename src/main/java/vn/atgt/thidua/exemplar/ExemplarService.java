package vn.atgt.thidua.exemplar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.internal.Exemplar;
import vn.atgt.thidua.exemplar.internal.ExemplarListRow;
import vn.atgt.thidua.exemplar.internal.ExemplarReplication;
import vn.atgt.thidua.exemplar.internal.ExemplarReplicationRepository;
import vn.atgt.thidua.exemplar.internal.ExemplarRepository;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the exemplar module: the unit writes and proposes its exemplars, the office recognises or returns them
 * and flags recognised ones publishable, the unit and the office record replications; other modules read the
 * recognised ones ({@link #recognised}). Every command asks {@link ExemplarAccess} and refuses changes in a closed
 * campaign. Photos are {@link ExemplarPhotoService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarService {

	private final ExemplarRepository exemplars;
	private final ExemplarReplicationRepository replications;
	private final ExemplarLoader loader;
	private final ExemplarAccess access;
	private final CampaignService campaigns;
	private final UnitService units;
	private final Clock clock;

	ExemplarService(ExemplarRepository exemplars, ExemplarReplicationRepository replications, ExemplarLoader loader,
			ExemplarAccess access, CampaignService campaigns, UnitService units, Clock clock) {
		this.exemplars = exemplars;
		this.replications = replications;
		this.loader = loader;
		this.access = access;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Adds an exemplar of the user's own unit, as a draft.
	 * @return its id
	 * @throws NotFoundException when the user's unit does not take part in the campaign
	 * @throws AccessDeniedException unless she is an officer or the head of a unit
	 * @throws FieldException for a start date in the future, a good deed without its person, values without indicator
	 */
	@Transactional
	public Long create(CurrentUser user, Long campaignId, ExemplarCommand command) {
		return create(user, campaignId, command, false);
	}

	/** As {@link #create(CurrentUser, Long, ExemplarCommand)}, for the demo's sample data (marked as such). */
	@Transactional
	public Long createSample(CurrentUser user, Long campaignId, ExemplarCommand command) {
		return create(user, campaignId, command, true);
	}

	private Long create(CurrentUser user, Long campaignId, ExemplarCommand command, boolean sample) {
		access.requirePreparer(user, new ExemplarScope(campaignId, user.unitId()));
		campaigns.requireOpen(campaignId);
		checkStart(command.startedOn());
		return exemplars.save(new Exemplar(campaignId, user.unitId(), command, sample, actor(user))).getId();
	}

	/**
	 * Changes a draft or returned exemplar.
	 * @throws StaleDataException when it changed since {@code version} was shown
	 * @throws DomainException {@code exemplar.notEditable} when proposed or recognised
	 */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long exemplarId, long version, ExemplarCommand command) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requirePreparer(user, ExemplarLoader.scope(exemplar));
		ready(exemplar, version);
		checkStart(command.startedOn());
		exemplar.update(command);
	}

	/** The unit's head proposes the exemplar to the office. */
	@Transactional
	public void propose(CurrentUser user, Long campaignId, Long exemplarId, long version) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireProposer(user, ExemplarLoader.scope(exemplar));
		ready(exemplar, version);
		exemplar.propose(actor(user));
	}

	/** The office recognises a proposed exemplar, publishable on the public page or not. */
	@Transactional
	public void recognise(CurrentUser user, Long campaignId, Long exemplarId, long version, boolean publishable) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireDecider(user, ExemplarLoader.scope(exemplar));
		ready(exemplar, version);
		exemplar.recognise(publishable, actor(user));
	}

	/**
	 * The office returns a proposed exemplar with a reason.
	 * @throws FieldException {@code reason} when blank
	 */
	@Transactional
	public void returnWith(CurrentUser user, Long campaignId, Long exemplarId, long version, String reason) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireDecider(user, ExemplarLoader.scope(exemplar));
		ready(exemplar, version);
		exemplar.returnWith(reason, actor(user));
	}

	/** The office flags a recognised exemplar publishable, or takes the flag off. */
	@Transactional
	public void setPublishable(CurrentUser user, Long campaignId, Long exemplarId, long version, boolean publishable) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireDecider(user, ExemplarLoader.scope(exemplar));
		ready(exemplar, version);
		exemplar.setPublishable(publishable);
	}

	/**
	 * Records that another unit of the committee took the exemplar up on a day.
	 * @throws FieldException {@code unitId} for the exemplar's own unit, a unit outside the committee or one recorded
	 *         that day already; {@code replicatedOn} for a day before the exemplar started or in the future
	 */
	@Transactional
	public Long addReplication(CurrentUser user, Long campaignId, Long exemplarId, ReplicationCommand command) {
		CampaignView campaign = campaigns.get(campaignId);
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireReplicator(user, ExemplarLoader.scope(exemplar));
		campaigns.requireOpen(campaignId);
		if (command.unitId() == null || command.unitId().equals(exemplar.getUnitId()) || units.find(command.unitId())
			.map(UnitSummary::committeeId).filter(campaign.committeeId()::equals).isEmpty()) {
			throw new FieldException("unitId", "exemplar.replication.unit");
		}
		if (command.replicatedOn().isBefore(exemplar.getStartedOn()) || command.replicatedOn().isAfter(today())) {
			throw new FieldException("replicatedOn", "exemplar.replication.date.range",
					Formats.DATE.format(exemplar.getStartedOn()));
		}
		if (replications.existsByExemplarIdAndUnitIdAndReplicatedOn(exemplarId, command.unitId(),
				command.replicatedOn())) {
			throw new FieldException("unitId", "exemplar.replication.duplicate");
		}
		return replications.save(new ExemplarReplication(exemplarId, command.unitId(), command.replicatedOn(),
				ExemplarRules.clean(command.note()))).getId();
	}

	/** Removes a replication recorded by mistake (the audit trail keeps its record). */
	@Transactional
	public void removeReplication(CurrentUser user, Long campaignId, Long exemplarId, Long replicationId) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireReplicator(user, ExemplarLoader.scope(exemplar));
		campaigns.requireOpen(campaignId);
		replications.delete(replications.findByIdAndExemplarId(replicationId, exemplarId)
			.orElseThrow(() -> new NotFoundException("replication", replicationId)));
	}

	/**
	 * The recognised exemplars of a campaign, most replicated first: of one unit, or (unitId null) of every unit for
	 * those who see all units. A commendation proposal cites them; the suggestions list them.
	 */
	public List<RecognisedExemplar> recognised(CurrentUser user, Long campaignId, Long unitId) {
		if (unitId == null) {
			access.requireAllUnits(user, campaignId);
		}
		else {
			access.requireReadable(user, new ExemplarScope(campaignId, unitId));
		}
		List<ExemplarListRow> rows = exemplars.recognised(campaignId, unitId);
		Map<Long, String> names = units.findAll(rows.stream().map(ExemplarListRow::unitId).distinct().toList())
			.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
		return rows.stream().map(r -> new RecognisedExemplar(r.id(), r.unitId(), names.get(r.unitId()), r.kind(),
				r.title(), r.personName(), r.replications(), r.publishable())).toList();
	}

	/** A change needs an open campaign and the exemplar as the page showed it. */
	private void ready(Exemplar exemplar, long version) {
		campaigns.requireOpen(exemplar.getCampaignId());
		StaleDataException.check(exemplar, version);
	}

	private void checkStart(LocalDate startedOn) {
		if (startedOn != null && startedOn.isAfter(today())) {
			throw new FieldException("startedOn", "exemplar.startedOn.future");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.ZONE));
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
