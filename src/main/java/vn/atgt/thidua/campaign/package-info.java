/**
 * The emulation movement (phong trào thi đua) a committee launches by a plan: the plan's number, date and legal basis,
 * title and yearly theme, dates and baseline year, the accident goals it checks and the accident-period convention;
 * its status ({@code DRAFT → ACTIVE → CLOSED}, a closed campaign is read-only) with the history of transitions; its
 * numbered focus task areas (nhiệm vụ trọng tâm); its reporting periods (kỳ báo cáo) with their due dates; the member
 * units that take part, each with a person in charge; and cloning a campaign to the next year. Other modules read it
 * through {@link vn.atgt.thidua.campaign.CampaignService} and listen to {@link vn.atgt.thidua.campaign.CampaignActivated}
 * and {@link vn.atgt.thidua.campaign.CampaignClosed}.
 */
package vn.atgt.thidua.campaign;
