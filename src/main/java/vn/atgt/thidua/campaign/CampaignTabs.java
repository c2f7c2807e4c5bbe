package vn.atgt.thidua.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUsers;

/**
 * The row of tabs of a campaign's pages, as the signed-in user may use them: every module's {@link CampaignTab} beans
 * in their order, each kept only when its module's access policy lets the user see it. The campaign header calls it
 * from the template ({@code @campaignTabs.visible(campaign)}), so that no controller has to put the tabs in its model.
 */
@Component("campaignTabs")
public class CampaignTabs {

	/** The setup pages, shown under the general tab as a second row. */
	private static final Set<String> SETUP = Set.of("general", "taskAreas", "periods", "units");

	private final List<CampaignTab> tabs;

	CampaignTabs(List<CampaignTab> tabs) {
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(CampaignTab::order)).toList();
	}

	/** The tabs the signed-in user sees on the campaign; none for an anonymous request (an error page). */
	public List<CampaignTab> visible(CampaignView campaign) {
		return CurrentUsers.current()
			.map(user -> tabs.stream().filter(tab -> tab.visible().test(user, campaign)).toList())
			.orElse(List.of());
	}

	/** The links of the tabs the signed-in user sees, the page's own tab marked active. */
	public List<Link> links(CampaignView campaign, String pageTab) {
		return visible(campaign).stream()
			.map(tab -> new Link(tab.href(campaign.id()), tab.label(), isActive(tab, pageTab)))
			.toList();
	}

	/** One tab as the header draws it. */
	public record Link(String href, String label, boolean active) {
	}

	/** True when the page's tab is the general tab or one of the setup pages under it. */
	public boolean isSetup(String tab) {
		return tab != null && SETUP.contains(tab);
	}

	/** True when the tab is the one to show active for the page's {@code tab}. */
	public boolean isActive(CampaignTab tab, String pageTab) {
		return tab.key().equals(pageTab) || ("general".equals(tab.key()) && isSetup(pageTab));
	}
}
