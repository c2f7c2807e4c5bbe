package vn.atgt.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.HomePage;
import vn.atgt.thidua.dashboard.HomeQueries;

/**
 * The home page: a greeting by role and the way to the user's work. For the running campaigns, a unit's officers and
 * head see what was returned to them, what is overdue and what is due next; the standing office, leaders and
 * administrators see the reports and registrations waiting for review, the units with something overdue and how
 * complete the current period is.
 */
@Controller
class HomeController {

	private final HomeQueries home;

	HomeController(HomeQueries home) {
		this.home = home;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		HomePage page = home.home(user);
		model.addAttribute("user", user);
		model.addAttribute("unitGlances", page.unitGlances());
		model.addAttribute("officeGlances", page.officeGlances());
		return "dashboard/home";
	}
}
