package vn.atgt.thidua.campaign;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.ParticipantRepository;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.ReportingPeriodRepository;
import vn.atgt.thidua.campaign.internal.TaskAreaRepository;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The pages of the campaign module: the list, the overview and the setup tabs (task areas, periods, units) of one
 * campaign, and what its forms show. Each read checks {@link CampaignAccess} and returns what its page shows, the
 * campaign's header and the user's buttons ({@link CampaignActions}) included.
 */
@Service
@Transactional(readOnly = true)
public class CampaignQueries {

	private final CampaignService campaigns;
	private final CampaignRepository repository;
	private final TaskAreaRepository taskAreas;
	private final ReportingPeriodRepository periods;
	private final ParticipantRepository participants;
	private final ParticipantService participantSetup;
	private final CommitteeService committees;
	private final CampaignAccess access;
	private final CampaignFollowing following;

	CampaignQueries(CampaignService campaigns, CampaignRepository repository, TaskAreaRepository taskAreas,
			ReportingPeriodRepository periods, ParticipantRepository participants, ParticipantService participantSetup,
			CommitteeService committees, CampaignAccess access, CampaignFollowing following) {
		this.campaigns = campaigns;
		this.repository = repository;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.participantSetup = participantSetup;
		this.committees = committees;
		this.access = access;
		this.following = following;
	}

	/**
	 * A page of the user's committee's campaigns, newest first ({@code year} keeps those whose dates meet that year, {@code status} those in
	 * that status; null means any), with the years of the filter.
	 */
	public CampaignListPage list(CurrentUser user, Integer year, CampaignStatus status, Pageable pageable) {
		return new CampaignListPage(repository.search(user.committeeId(), status, year, pageable), campaigns.years(),
				access.organises(user));
	}

	/**
	 * The overview page: the campaign, its committee's name, how far its setup is, its history, the user's buttons.
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignOverview overview(CurrentUser user, Long id) {
		CampaignView campaign = readable(user, id);
		String committeeName = committees.committees().stream()
			.filter(c -> c.id().equals(campaign.committeeId()))
			.map(CommitteeSummary::name)
			.findFirst()
			.orElse(null);
		return new CampaignOverview(campaign, committeeName, taskAreas.countOf(id), periods.countOf(id),
				participants.countOf(id), repository.history(id), access.actions(user, campaign));
	}

	/** The tab of task areas. @throws NotFoundException when there is no such campaign */
	public TaskAreasPage taskAreas(CurrentUser user, Long id) {
		CampaignView campaign = readable(user, id);
		return new TaskAreasPage(campaign, campaigns.taskAreas(id), access.actions(user, campaign));
	}

	/** The tab of reporting periods. @throws NotFoundException when there is no such campaign */
	public PeriodsPage periods(CurrentUser user, Long id) {
		CampaignView campaign = readable(user, id);
		return new PeriodsPage(campaign, campaigns.periods(id), access.actions(user, campaign));
	}

	/**
	 * The tab of units, with the number of active member units that do not take part yet (only counted for a user who
	 * may add them).
	 * @throws NotFoundException when there is no such campaign
	 */
	public ParticipantsPage participants(CurrentUser user, Long id) {
		CampaignView campaign = readable(user, id);
		CampaignActions actions = access.actions(user, campaign);
		int missing = actions.manageParticipants()
				? participantSetup.candidates(id, campaign.committeeId()).size() : 0;
		return new ParticipantsPage(campaign, campaigns.participants(id), missing, actions);
	}

	/**
	 * The campaign as the header of a setup form (task area, period, unit).
	 * @throws NotFoundException when there is no such campaign
	 * @throws AccessDeniedException unless the user sets it up
	 */
	public CampaignView setupHeader(CurrentUser user, Long id) {
		CampaignView campaign = campaigns.get(id);
		access.requireOrganiser(user, campaign);
		return campaign;
	}

	/**
	 * The form of a new campaign, for the user's committee.
	 * @throws AccessDeniedException unless the user sets campaigns up
	 */
	public CampaignFormPage newCampaignForm(CurrentUser user) {
		Long proposed = user.committeeId();
		access.requireCreator(user, proposed);
		return new CampaignFormPage(null, activeCommittees(user), proposed, true, following.followable(proposed));
	}

	/**
	 * The edit form of a campaign; {@link CampaignFormPage#editable} is false for a closed one.
	 * @throws AccessDeniedException unless the user sets it up
	 */
	public CampaignFormPage campaignForm(CurrentUser user, Long id) {
		CampaignView campaign = setupHeader(user, id);
		return new CampaignFormPage(campaign, activeCommittees(user), campaign.committeeId(),
				access.actions(user, campaign).edit(), following.followable(campaign.committeeId()));
	}

	/**
	 * The clone form: everything one year later, the title's years moved, a new plan number to enter.
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	public ClonePage cloneForm(CurrentUser user, Long id) {
		CampaignView source = setupHeader(user, id);
		return new ClonePage(source, new CloneCommand("", source.planDate().plusYears(1),
				PeriodCalendar.shiftYears(source.title(), 1), source.theme(), source.startDate().plusYears(1),
				source.endDate().plusYears(1), source.baselineYear() + 1));
	}

	private CampaignView readable(CurrentUser user, Long id) {
		CampaignView campaign = campaigns.get(id);
		// the parent committee's office and leaders read a child's campaign pages too (issue 18); the actions stay
		// with its own committee's people
		access.requireViewer(user, campaign);
		return campaign;
	}

	/** The committees the user may launch a campaign for: her own. */
	private List<CommitteeSummary> activeCommittees(CurrentUser user) {
		return committees.committees().stream()
			.filter(CommitteeSummary::active)
			.filter(c -> access.organisesFor(user, c.id()))
			.toList();
	}
}
