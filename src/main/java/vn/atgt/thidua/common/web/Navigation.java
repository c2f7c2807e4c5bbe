package vn.atgt.thidua.common.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/**
 * The modules' links of the main navigation as the signed-in user may use them: every {@link NavigationLink} bean in
 * its order, each kept only when its module's access policy lets the user see it. The layout calls it from the
 * template ({@code @navigation.links()}), so that no controller has to put the navigation in its model.
 */
@Component("navigation")
public class Navigation {

	private final List<NavigationLink> links;

	Navigation(List<NavigationLink> links) {
		this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	/** The signed-in user, null for an anonymous request: the layout shows the navigation's menus to her only. */
	public CurrentUser user() {
		return CurrentUsers.current().orElse(null);
	}

	/** The links the signed-in user sees; none for an anonymous request (the sign-in page, an error page). */
	public List<NavigationLink> links() {
		return CurrentUsers.current()
			.map(user -> links.stream().filter(link -> link.visible().test(user)).toList())
			.orElse(List.of());
	}
}
