package vn.atgt.thidua.campaign;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * A campaign that follows one of the parent committee's (issue 18: a commune's movement implements the province's
 * plan and cites it as its basis): which campaigns a committee's may follow, the check on saving, and who followed a
 * parent's campaign and when (the roll-up asks through {@link CampaignService#followers}).
 */
@Component
@Transactional(readOnly = true)
class CampaignFollowing {

	private final CampaignRepository campaigns;
	private final CommitteeService committees;

	CampaignFollowing(CampaignRepository campaigns, CommitteeService committees) {
		this.campaigns = campaigns;
		this.committees = committees;
	}

	/**
	 * The campaigns of the committee's parent committee, newest first: those a campaign of the committee may follow
	 * (empty at the top of the installation).
	 */
	List<CampaignSummary> followable(Long committeeId) {
		return committees.summary(committeeId)
			.map(CommitteeSummary::parentId)
			.map(parentId -> campaigns.summariesOf(parentId, null))
			.orElse(List.of());
	}

	/** As {@link CampaignService#followers}: one query. */
	List<FollowerRow> followers(Collection<Long> campaignIds) {
		return campaignIds.isEmpty() ? List.of() : campaigns.followers(campaignIds);
	}

	/** @throws FieldException {@code campaign.follows.unknown} unless the campaign is one of the parent committee's */
	void requireFollowable(Long committeeId, Long followsCampaignId) {
		if (followsCampaignId != null
				&& followable(committeeId).stream().noneMatch(c -> c.id().equals(followsCampaignId))) {
			throw new FieldException("followsCampaignId", "campaign.follows.unknown");
		}
	}
}
