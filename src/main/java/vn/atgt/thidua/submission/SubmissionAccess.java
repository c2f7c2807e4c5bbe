package vn.atgt.thidua.submission;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The submission module's one access policy. A sending belongs to two committees: the child that sent it and the
 * parent it was sent to. The office, leaders and administrators of either read it; only the child's standing office
 * sends, and only the parent's standing office receives, returns and accepts. Any other committee (a sibling, an
 * unrelated one, a child looking at what its parent sent further up) is told it does not exist (404); a system
 * administrator belongs to no committee and sees none. Unit users of either committee get 403.
 */
@Component
public class SubmissionAccess {

	private final CampaignService campaigns;
	private final CommitteeService committees;

	SubmissionAccess(CampaignService campaigns, CommitteeService committees) {
		this.campaigns = campaigns;
		this.committees = committees;
	}

	/** The office, leaders and administrators read their committee's sendings, both ways. */
	public boolean reads(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
	}

	/** The standing office sends, receives, returns and accepts. */
	public boolean acts(CurrentUser user) {
		return user.has(Role.STANDING_OFFICE);
	}

	/** True when the user's office sends the campaign's reports upward: its committee has a parent. */
	public boolean sendsFrom(CurrentUser user, Long committeeId) {
		return acts(user) && CommitteeScope.covers(user, committeeId) && parentOf(committeeId).isPresent();
	}

	/** True when the committee sends upward: it has a parent. */
	public boolean hasParent(Long committeeId) {
		return parentOf(committeeId).isPresent();
	}

	/**
	 * True when the navigation offers the user what her committee sent upward: she reads sendings and the committee
	 * has a parent to send to. One short statement, shared with the other links of the page.
	 */
	public boolean showsSent(CurrentUser user) {
		return reads(user) && committees.place(user.committeeId()).hasParent();
	}

	/**
	 * True when the navigation offers the user what arrived from below: she reads sendings and her committee has
	 * committees below it that send to it.
	 */
	public boolean showsArrived(CurrentUser user) {
		return reads(user) && committees.place(user.committeeId()).hasChildren();
	}

	/**
	 * @return the campaign's committee
	 * @throws NotFoundException for a campaign of another committee
	 * @throws AccessDeniedException unless the user reads sendings
	 */
	public Long requireCampaignReader(CurrentUser user, Long campaignId) {
		Long committee = campaigns.committeeOf(campaignId);
		CommitteeScope.require(user, committee, "campaign", campaignId);
		if (!reads(user)) {
			throw new AccessDeniedException("only the office, leaders and administrators read what is sent upward");
		}
		return committee;
	}

	/**
	 * @return the parent committee the campaign's committee sends to
	 * @throws AccessDeniedException unless the user is of the campaign committee's standing office
	 * @throws DomainException {@code submission.noParent.send} when the committee has no parent
	 */
	public CommitteeSummary requireSender(CurrentUser user, Long campaignId) {
		Long committee = requireCampaignReader(user, campaignId);
		if (!acts(user)) {
			throw new AccessDeniedException("only the standing office sends upward");
		}
		return parentOf(committee).orElseThrow(() -> new DomainException("submission.noParent.send"));
	}

	/**
	 * @return the user's committee, whose sendings (arrived or sent) the lists show
	 * @throws AccessDeniedException for a user without committee (the system administrator) or who does not read them
	 */
	public Long requireListReader(CurrentUser user) {
		if (user.committeeId() == null || !reads(user)) {
			throw new AccessDeniedException("only a committee's office, leaders and administrators read its sendings");
		}
		return user.committeeId();
	}

	/**
	 * @throws NotFoundException unless the sending is the user's committee's, sent or received
	 * @throws AccessDeniedException unless the user reads sendings
	 */
	public void requireReader(CurrentUser user, SubmissionHead head) {
		if (!CommitteeScope.covers(user, head.senderCommitteeId())
				&& !CommitteeScope.covers(user, head.receiverCommitteeId())) {
			throw new NotFoundException("submission", head.id());
		}
		if (!reads(user)) {
			throw new AccessDeniedException("only the office, leaders and administrators read what is sent upward");
		}
	}

	/** @throws AccessDeniedException unless the user is of the receiving committee's standing office */
	public void requireReceiver(CurrentUser user, SubmissionHead head) {
		requireReader(user, head);
		if (!receives(user, head)) {
			throw new AccessDeniedException("only the parent committee's standing office receives what is sent");
		}
	}

	/** What the user may do with the sending; {@code latest}: it is the latest round of its subject. */
	public SubmissionActions actions(CurrentUser user, SubmissionHead head, boolean latest) {
		boolean receiver = receives(user, head);
		boolean sender = acts(user) && CommitteeScope.covers(user, head.senderCommitteeId()) && !receiver;
		return new SubmissionActions(receiver && head.status() == SubmissionStatus.SENT,
				receiver && head.status().pending(), sender && latest && head.status() == SubmissionStatus.RETURNED);
	}

	private boolean receives(CurrentUser user, SubmissionHead head) {
		return acts(user) && CommitteeScope.covers(user, head.receiverCommitteeId());
	}

	private Optional<CommitteeSummary> parentOf(Long committeeId) {
		return committeeId == null ? Optional.empty() : committees.parentOf(committeeId);
	}
}
