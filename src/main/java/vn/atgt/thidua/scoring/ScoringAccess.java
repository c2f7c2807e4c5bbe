package vn.atgt.thidua.scoring;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;

/**
 * The scoring module's one access policy. Every entry point (the doors' commands, the page reads, the exports) calls
 * a {@code require…} method here, and {@link #actions} answers a page's question "what may this user do?" from the
 * same conditions. A campaign's score table is read by those who see every unit and by the units taking part; a
 * unit's score by its own unit and by those who see every unit (another unit's score is not found: 404). The unit's
 * officers and head write its self-score, the head alone submits; the standing office and administrators build the
 * table and review; leaders read everything, and alone confirm the final score and reopen it (the office gets 403).
 * <p>
 * Why the leader role: DOMAIN.md §2 has the council (Hội đồng Thi đua – Khen thưởng) vote the final score, and the
 * application has no council accounts; its decision is signed by the leadership that chairs it (Trưởng ban / Phó
 * trưởng ban), who are the LEADER role. Letting the office enter it "on the council's behalf" would let the body that
 * reviewed the score also fix the official result, which the separation the issue asks for ("a final score cannot be
 * changed by the office") rules out.
 */
@Component
public class ScoringAccess {

	private final CampaignService campaigns;

	ScoringAccess(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	// --- the conditions, each in one place --------------------------------------------------------------------------

	private static boolean office(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	private static boolean prepares(CurrentUser user, Long unitId) {
		return user.worksFor(unitId);
	}

	private static boolean sends(CurrentUser user) {
		return user.has(Role.UNIT_HEAD);
	}

	private boolean readsCampaign(CurrentUser user, Long campaignId) {
		return CommitteeScope.covers(user, campaigns.committeeOf(campaignId))
				&& (user.seesAllUnits() || campaigns.isParticipant(campaignId, user.unitId()));
	}

	// --- checks -----------------------------------------------------------------------------------------------------

	/** @throws NotFoundException unless the user sees the campaign's scoring (all units, or her unit takes part) */
	public void requireCampaignReadable(CurrentUser user, Long campaignId) {
		if (!readsCampaign(user, campaignId)) {
			throw new NotFoundException("score table of campaign", campaignId);
		}
	}

	/** @throws AccessDeniedException unless the user sees every unit (the ranking, its export) */
	public void requireSeesAll(CurrentUser user, Long campaignId) {
		requireCampaignReadable(user, campaignId);
		if (!user.seesAllUnits()) {
			throw new AccessDeniedException("only the office, leaders and administrators see every unit's score");
		}
	}

	/** The office builds the table, while the campaign is not closed. */
	public void requireTableEditor(CurrentUser user, Long campaignId) {
		requireCampaignReadable(user, campaignId);
		if (!office(user)) {
			throw new AccessDeniedException("only the standing office builds the score table");
		}
		campaigns.requireOpen(campaignId);
	}

	/** @throws NotFoundException unless the user may read the unit's score */
	public void requireReadable(CurrentUser user, ScoreScope score) {
		if (!user.canRead(score.unitId())
				|| !CommitteeScope.covers(user, campaigns.committeeOf(score.campaignId()))) {
			throw new NotFoundException("score", score.scoreId());
		}
	}

	/** A unit's officers and head start its self-score, in a running campaign it takes part in. */
	public void requireStarter(CurrentUser user, Long campaignId) {
		requireCampaignReadable(user, campaignId);
		if (user.unitId() == null || !prepares(user, user.unitId())) {
			throw new AccessDeniedException("only a unit's officers and head score it");
		}
		if (!campaigns.isParticipant(campaignId, user.unitId())) {
			throw new NotFoundException("participant", user.unitId());
		}
		campaigns.requireActive(campaignId);
	}

	/** The unit's officers and head change its self-score while it is a draft or returned, the campaign running. */
	public void requireEditable(CurrentUser user, ScoreScope score) {
		requireReadable(user, score);
		if (!prepares(user, score.unitId())) {
			throw new AccessDeniedException("only the unit's officers and head score it");
		}
		campaigns.requireActive(score.campaignId());
		if (!score.status().isEditable()) {
			throw new DomainException("scoring.score.notEditable." + score.status().name());
		}
	}

	/** As {@link #requireEditable}, and only the head submits. */
	public void requireSender(CurrentUser user, ScoreScope score) {
		requireEditable(user, score);
		if (!sends(user)) {
			throw new AccessDeniedException("only the unit head submits");
		}
	}

	/** The office reviews, returns, accepts, reopens and records exclusions, while the campaign runs. */
	public void requireOffice(CurrentUser user, ScoreScope score) {
		requireReadable(user, score);
		if (!office(user)) {
			throw new AccessDeniedException("only the standing office reviews scores");
		}
		campaigns.requireActive(score.campaignId());
	}

	private static boolean leads(CurrentUser user) {
		return user.has(Role.LEADER);
	}

	/** A leader confirms or reopens the final score, while the campaign is not closed. */
	public void requireLeader(CurrentUser user, ScoreScope score) {
		requireReadable(user, score);
		if (!leads(user)) {
			throw new AccessDeniedException("only the leadership confirms or reopens the final score");
		}
		campaigns.requireOpen(score.campaignId());
	}

	// --- what a page may offer --------------------------------------------------------------------------------------

	/** On the score table page (and the ranking): build the table, start one's own score, see all. */
	public ScoringActions tableActions(CurrentUser user, CampaignView campaign, ScoreTableView table,
			boolean hasOwnScore) {
		boolean editTable = office(user) && !campaign.isClosed() && (table == null || !table.locked());
		boolean start = campaign.isActive() && table != null && !hasOwnScore && user.unitId() != null
				&& prepares(user, user.unitId()) && campaigns.isParticipant(campaign.id(), user.unitId());
		return new ScoringActions(editTable, start, false, false, false, false, false, false, user.seesAllUnits());
	}

	/** On a unit's score page. */
	public ScoringActions actions(CurrentUser user, ScoreScope score, CampaignView campaign) {
		boolean active = campaign.isActive();
		boolean edit = active && score.status().isEditable() && prepares(user, score.unitId());
		boolean decide = active && office(user);
		boolean lead = !campaign.isClosed() && leads(user);
		return new ScoringActions(false, false, edit, edit && sends(user),
				decide && score.status() == ScoreStatus.SUBMITTED, decide && score.status() == ScoreStatus.ACCEPTED,
				lead && score.status() == ScoreStatus.ACCEPTED, lead && score.status() == ScoreStatus.FINAL,
				user.seesAllUnits());
	}

	/** True when the office may record or lift exclusions on the score. */
	public boolean mayExclude(CurrentUser user, CampaignView campaign) {
		return campaign.isActive() && office(user);
	}
}
