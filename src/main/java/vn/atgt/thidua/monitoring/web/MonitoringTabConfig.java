package vn.atgt.thidua.monitoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.monitoring.MonitoringAccess;

/** The monitoring module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class MonitoringTabConfig {

	@Bean
	CampaignTab monitoringTab(MonitoringAccess access) {
		return new CampaignTab(MonitoringController.TAB, 40, "monitoring.tab", "/monitoring",
				(user, campaign) -> access.monitors(user));
	}
}
