package vn.atgt.thidua.commendation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.commendation.internal.CommendationSettings;
import vn.atgt.thidua.commendation.internal.CommendationSettingsRepository;
import vn.atgt.thidua.commendation.internal.CouncilMeeting;
import vn.atgt.thidua.commendation.internal.CouncilMeetingRepository;
import vn.atgt.thidua.commendation.internal.Proposal;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The voting meeting (họp xét khen thưởng) and the committee's settings. The office records the meeting — date, chair,
 * secretary, members present out of the total, the threshold in force (the committee's setting unless the minutes say
 * otherwise) — with the votes for each nominee it accepted; the share and its comparison with the threshold follow
 * ({@link MeetingView}). All or nothing: a vote refused leaves no meeting behind.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	private final CouncilMeetingRepository meetings;
	private final CommendationSettingsRepository settings;
	private final ProposalLoader loader;
	private final CommendationAccess access;
	private final CampaignService campaigns;
	private final Clock clock;

	MeetingService(CouncilMeetingRepository meetings, CommendationSettingsRepository settings, ProposalLoader loader,
			CommendationAccess access, CampaignService campaigns, Clock clock) {
		this.meetings = meetings;
		this.settings = settings;
		this.loader = loader;
		this.access = access;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/**
	 * Records the meeting and the votes for each nominee.
	 * @return the meeting's id
	 * @throws FieldException {@code heldOn} in the future; {@code membersPresent} above the total; {@code votes[id]}
	 *         above the members present; {@code votes} without any nominee
	 */
	@Transactional
	public Long record(CurrentUser user, Long campaignId, MeetingCommand command) {
		access.requireOfficeWork(user, campaignId);
		campaigns.requireOpen(campaignId);
		if (command.heldOn().isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
			throw new FieldException("heldOn", "meeting.heldOn.future");
		}
		if (command.votes().isEmpty()) {
			throw new FieldException("votes", "meeting.votes.none");
		}
		List<Proposal> voted = new ArrayList<>();
		for (Long id : command.votes().keySet()) {
			Proposal p = loader.load(campaignId, id);
			access.requireOffice(user, campaignId, p.getUnitId());
			voted.add(p);
		}
		CouncilMeeting meeting = meetings.save(new CouncilMeeting(campaignId, command.heldOn(), command.chair(),
				command.secretary(), command.membersPresent(), command.membersTotal(), command.voteThreshold()));
		for (Proposal p : voted) {
			p.recordVotes(meeting.getId(), command.votes().get(p.getId()), command.membersPresent());
		}
		return meeting.getId();
	}

	/** The committee's settings (the defaults until the office sets them). */
	public CommendationSettingsView settings(Long committeeId) {
		CommendationSettings s = settings.findById(committeeId).orElseGet(() -> new CommendationSettings(committeeId));
		return new CommendationSettingsView(s.getVoteThreshold(), s.getQuotaPerUnit(), s.getPublishDays(),
				s.getVersion());
	}

	/**
	 * The office sets the committee's threshold, quota per unit (none: no warning) and days of publication, over the
	 * version it saw (0 while the committee keeps the defaults).
	 * @throws FieldException {@code voteThreshold} outside (0, 100]; {@code quotaPerUnit} below 1; {@code publishDays}
	 *         outside 1..30
	 */
	@Transactional
	public void updateSettings(CurrentUser user, Long campaignId, CommendationSettingsView values) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireOfficeWork(user, campaignId);
		if (values.voteThreshold() == null || values.voteThreshold().signum() <= 0
				|| values.voteThreshold().compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new FieldException("voteThreshold", "meeting.threshold.range");
		}
		if (values.quotaPerUnit() != null && values.quotaPerUnit() < 1) {
			throw new FieldException("quotaPerUnit", "settings.quota.range");
		}
		if (values.publishDays() < 1 || values.publishDays() > 30) {
			throw new FieldException("publishDays", "settings.publishDays.range");
		}
		Optional<CommendationSettings> existing = settings.findById(campaign.committeeId());
		existing.ifPresent(s -> StaleDataException.check(s, values.version()));
		CommendationSettings s = existing
			.orElseGet(() -> settings.save(new CommendationSettings(campaign.committeeId())));
		s.update(values.voteThreshold(), values.quotaPerUnit(), values.publishDays());
	}

	/** The settings page: the campaign (the settings are its committee's) and the values in force. */
	public SettingsPage settingsPage(CurrentUser user, Long campaignId) {
		access.requireOfficeWork(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		return new SettingsPage(campaign, settings(campaign.committeeId()));
	}
}
