package vn.atgt.thidua.summary.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.summary.SummaryAccess;

/** The summary module's tab in the row above a campaign's pages; who sees it is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class SummaryTabConfig {

	static final String TAB = "summaryReports";

	@Bean
	CampaignTab summaryReportsTab(SummaryAccess access) {
		return new CampaignTab(TAB, 80, "summary.tab", "/summary-reports", (user, campaign) -> access.reads(user));
	}
}
