package vn.atgt.thidua.scoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.atgt.thidua.campaign.CampaignTab;

/**
 * The scoring tab in the row above a campaign's pages: everyone signed in opens the score table (a unit to score
 * itself, the office to build and review, leaders to read); the pages under it ask {@code ScoringAccess}.
 */
@Configuration(proxyBeanMethods = false)
class ScoringTabConfig {

	@Bean
	CampaignTab scoringTab() {
		return CampaignTab.forEveryone("scoring", 65, "scoring.tab", "/score-table");
	}
}
