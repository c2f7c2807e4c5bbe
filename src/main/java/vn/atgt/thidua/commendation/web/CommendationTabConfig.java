package vn.atgt.thidua.commendation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;

/** The commendation tab in the row above a campaign's pages: every signed-in user; the pages ask {@code CommendationAccess}. */
@Configuration(proxyBeanMethods = false)
class CommendationTabConfig {

	@Bean
	CampaignTab commendationTab() {
		return CampaignTab.forEveryone("commendations", 68, "proposal.tab", "/commendations");
	}
}
