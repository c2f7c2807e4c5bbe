package vn.atgt.thidua.accident.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.accident.AccidentAccess;

/** The accident module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class AccidentTabConfig {

	@Bean
	CampaignTab accidentsTab(AccidentAccess access) {
		return new CampaignTab(AccidentPages.ACCIDENTS_TAB, 50, "accident.tab", "/accidents", access::reads);
	}

	@Bean
	CampaignTab blackSpotsTab(AccidentAccess access) {
		return new CampaignTab(AccidentPages.BLACK_SPOTS_TAB, 60, "blackSpot.tab", "/black-spots", access::reads);
	}
}
