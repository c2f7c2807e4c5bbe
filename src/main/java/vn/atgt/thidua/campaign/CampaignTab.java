package vn.atgt.thidua.campaign;

import java.util.function.BiPredicate;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * One tab in the row above every page of a campaign, contributed as a bean by the module that owns the page: the
 * campaign module cannot know the later modules (scoring, commendations, the dashboard…) without a cycle, and the
 * header must not decide who sees a tab from role names in a template. Each module asks its own access policy.
 *
 * @param key     what a page puts in its model as {@code tab} to make this tab the active one
 * @param order   place in the row, smallest first (the general tab is 0; leave gaps of 10)
 * @param label   message key of the tab's text
 * @param path    the page under {@code /campaigns/{id}}, e.g. {@code "/reports"} ({@code ""} for the campaign itself)
 * @param visible whether the user sees the tab on the campaign, answered by the owning module's access policy
 */
public record CampaignTab(String key, int order, String label, String path,
		BiPredicate<CurrentUser, CampaignView> visible) {

	/** A tab every signed-in user of the campaign sees (the pages themselves narrow what she reads). */
	public static CampaignTab forEveryone(String key, int order, String label, String path) {
		return new CampaignTab(key, order, label, path, (user, campaign) -> true);
	}

	/** The address of the tab on one campaign. */
	public String href(Long campaignId) {
		return "/campaigns/" + campaignId + path;
	}
}
