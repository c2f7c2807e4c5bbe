package vn.atgt.thidua.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.report.ReportAccess;

/** The report module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class ReportTabConfig {

	@Bean
	CampaignTab reportsTab() {
		return CampaignTab.forEveryone(ReportPages.REPORTS_TAB, 20, "report.tab", "/reports");
	}

	@Bean
	CampaignTab reviewTab(ReportAccess access) {
		return new CampaignTab(ReportPages.REVIEW_TAB, 30, "report.reviewTab", "/review",
				(user, campaign) -> access.seesEveryUnit(user));
	}
}
