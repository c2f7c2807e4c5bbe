package vn.atgt.thidua.campaign;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.Participant;
import vn.atgt.thidua.campaign.internal.ParticipantRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The standing office chooses which member units of the committee take part in a campaign and records each unit's
 * person in charge; while the campaign is open (a unit is taken out only while it is a draft). Every method checks
 * with {@link CampaignAccess} that the user sets the campaign up (403 otherwise) and answers 404 for a participant of
 * another campaign.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

	private final CampaignRepository campaigns;
	private final ParticipantRepository participants;
	private final UnitService units;
	private final CampaignChanges changes;

	ParticipantService(CampaignRepository campaigns, ParticipantRepository participants, UnitService units,
			CampaignChanges changes) {
		this.campaigns = campaigns;
		this.participants = participants;
		this.units = units;
		this.changes = changes;
	}

	/**
	 * One participant of the campaign, for its edit form.
	 * @throws NotFoundException when it belongs to another campaign
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	public ParticipantView get(CurrentUser user, Long campaignId, Long participantId) {
		changes.load(user, campaignId);
		return participants.row(participantId)
			.filter(row -> row.campaignId().equals(campaignId))
			.map(row -> CampaignParticipants.toView(row, units.find(row.unitId()).orElse(null)))
			.orElseThrow(() -> new NotFoundException("participant", participantId));
	}

	/**
	 * The active member units of the campaign's committee that do not take part yet: the choices of the add form.
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	public List<UnitSummary> candidates(CurrentUser user, Long campaignId) {
		return candidates(campaignId, changes.load(user, campaignId).getCommitteeId());
	}

	/** The committee's active member units that do not take part in the campaign yet. */
	List<UnitSummary> candidates(Long campaignId, Long committeeId) {
		Set<Long> taking = Set.copyOf(participants.unitIds(campaignId));
		return units.activeMembersOf(committeeId).stream()
			.filter(u -> !taking.contains(u.id()))
			.toList();
	}

	/**
	 * Adds an active member unit of the committee, with its person in charge.
	 * @return the new participant's id
	 * @throws FieldException {@code participant.unit.notMember} for a unit that is not an active member
	 */
	@Transactional
	public Long add(CurrentUser user, Long campaignId, Long unitId, ParticipantCommand command) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.requireOpen();
		boolean member = unitId != null && units.activeMembersOf(campaign.getCommitteeId()).stream()
			.anyMatch(u -> u.id().equals(unitId));
		if (!member) {
			throw new FieldException("unitId", "participant.unit.notMember");
		}
		Participant participant = campaign.addParticipant(unitId);
		campaign.updateParticipant(participant, command.contactName(), command.contactPosition(),
				command.contactPhone(), command.contactEmail(), command.joinedOn(), command.leftOn());
		campaigns.flush();
		return participant.getId();
	}

	/**
	 * Adds every active member unit of the committee that does not take part yet (the default of a new campaign),
	 * with the unit's e-mail and phone as contact.
	 * @return how many were added
	 */
	@Transactional
	public int addMissingMembers(CurrentUser user, Long campaignId) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.requireOpen();
		Set<Long> taking = campaign.getParticipants().stream().map(Participant::getUnitId).collect(Collectors.toSet());
		int added = 0;
		for (UnitSummary unit : units.activeMembersOf(campaign.getCommitteeId())) {
			if (!taking.contains(unit.id())) {
				Participant participant = campaign.addParticipant(unit.id());
				campaign.updateParticipant(participant, null, null, unit.phone(), unit.email(), null, null);
				added++;
			}
		}
		return added;
	}

	/**
	 * Changes the person in charge and the joining and leaving days.
	 * @throws StaleDataException when someone saved the participant since {@code version} was shown
	 */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long participantId, long version,
			ParticipantCommand command) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.requireOpen();
		Participant participant = campaign.participant(participantId);
		StaleDataException.check(participant, version);
		campaign.updateParticipant(participant, command.contactName(), command.contactPosition(),
				command.contactPhone(), command.contactEmail(), command.joinedOn(), command.leftOn());
	}

	/**
	 * Takes a unit out of the campaign.
	 * @throws DomainException {@code participant.removeOnlyInDraft} unless the campaign is a draft
	 */
	@Transactional
	public void remove(CurrentUser user, Long campaignId, Long participantId) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.removeParticipant(campaign.participant(participantId));
	}
}
