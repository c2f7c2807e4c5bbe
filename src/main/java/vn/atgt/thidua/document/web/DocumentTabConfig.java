package vn.atgt.thidua.document.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;
import vn.atgt.thidua.document.DocumentAccess;

/** The document module's tabs in the row above a campaign's pages; who sees them is its access policy's answer. */
@Configuration(proxyBeanMethods = false)
class DocumentTabConfig {

	@Bean
	CampaignTab documentsTab(DocumentAccess access) {
		return new CampaignTab("documents", 70, "document.campaignTab", "/documents", access::reads);
	}
}
