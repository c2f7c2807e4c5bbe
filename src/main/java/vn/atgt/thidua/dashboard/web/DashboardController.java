package vn.atgt.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.DashboardPage;
import vn.atgt.thidua.dashboard.DashboardQueries;

/**
 * The leadership dashboard of a campaign, for a period picked by kind (month, quarter, six months, year to date) and
 * month; the page prints on A4 (print stylesheet).
 */
@Controller
class DashboardController {

	private final DashboardQueries queries;

	DashboardController(DashboardQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/campaigns/{campaignId}/dashboard")
	String dashboard(@PathVariable Long campaignId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String month, CurrentUser user, Model model) {
		DashboardPage page = queries.dashboard(user, campaignId, kind, month);
		model.addAttribute("page", page);
		model.addAttribute("campaign", page.campaign());
		return "dashboard/dashboard";
	}
}
