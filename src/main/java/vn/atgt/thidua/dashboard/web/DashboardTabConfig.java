package vn.atgt.thidua.dashboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.dashboard.DashboardAccess;

/**
 * The dashboard's links in the row above a campaign's pages, for those its policy lets in (leaders, the standing
 * office, administrators). The two pages themselves are drawn for print, without that row.
 */
@Configuration(proxyBeanMethods = false)
class DashboardTabConfig {

	@Bean
	CampaignTab dashboardTab(DashboardAccess access) {
		return new CampaignTab("dashboard", 5, "dashboard.title", "/dashboard",
				(user, campaign) -> access.readsDashboard(user));
	}

	@Bean
	CampaignTab resultsTab(DashboardAccess access) {
		return new CampaignTab("results", 75, "dashboard.results", "/results",
				(user, campaign) -> access.readsResults(user));
	}
}
