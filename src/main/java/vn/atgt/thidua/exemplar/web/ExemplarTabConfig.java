package vn.atgt.thidua.exemplar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;

/** The exemplar tab in the row above a campaign's pages: every signed-in user; the pages ask {@code ExemplarAccess}. */
@Configuration(proxyBeanMethods = false)
class ExemplarTabConfig {

	@Bean
	CampaignTab exemplarTab() {
		return CampaignTab.forEveryone("exemplars", 62, "exemplar.tab", "/exemplars");
	}
}
