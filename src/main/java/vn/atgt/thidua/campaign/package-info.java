/**
 * The emulation movement (phong trào thi đua) a committee launches by a plan: the plan's number, date and legal basis,
 * title and yearly theme, dates and baseline year, the accident goals it checks and the accident-period convention;
 * its status ({@code DRAFT → ACTIVE → CLOSED}, a closed campaign is read-only) with the history of transitions; its
 * numbered focus task areas (nhiệm vụ trọng tâm); its reporting periods (kỳ báo cáo) with their due dates; the member
 * units that take part, each with a person in charge; and cloning a campaign to the next year. Other modules read it
 * through {@link vn.atgt.thidua.campaign.CampaignService} and listen to {@link vn.atgt.thidua.campaign.CampaignActivated}
 * and {@link vn.atgt.thidua.campaign.CampaignClosed}. The pages read {@link vn.atgt.thidua.campaign.CampaignQueries};
 * who may set a campaign up is {@link vn.atgt.thidua.campaign.CampaignAccess}'s. It reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "unit", "common" })
package vn.atgt.thidua.campaign;
