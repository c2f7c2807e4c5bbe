package vn.atgt.thidua.campaign.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;

/** The campaign module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class CampaignTabConfig {

	@Bean
	CampaignTab generalTab() {
		return CampaignTab.forEveryone("general", 0, "campaign.tab.general", "");
	}
}
