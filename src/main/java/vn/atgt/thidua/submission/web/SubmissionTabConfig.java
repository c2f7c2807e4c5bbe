package vn.atgt.thidua.submission.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.submission.SubmissionAccess;

/**
 * The submission module's tab "Gửi lên cấp trên" above a campaign's pages, for those who read what the committee
 * sends, when the committee has a parent (its access policy's answer).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionTabConfig {

	@Bean
	CampaignTab sendUpwardTab(SubmissionAccess access) {
		return new CampaignTab(SubmissionPages.TAB, 85, "submission.tab", "/send-upward",
				(user, campaign) -> access.reads(user) && access.hasParent(campaign.committeeId()));
	}
}
