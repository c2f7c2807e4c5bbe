package vn.atgt.thidua.registration.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;

/** The registration module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class RegistrationTabConfig {

	@Bean
	CampaignTab targetsTab() {
		return CampaignTab.forEveryone(TargetPages.TAB, 10, "campaign.tab.targets", "/targets");
	}
}
