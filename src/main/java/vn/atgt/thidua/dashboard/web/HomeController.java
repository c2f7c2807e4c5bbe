package vn.atgt.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringService;

/**
 * The home page: a greeting by role and the way to the user's work. For the running campaigns, a unit's officers and
 * head see what was returned to them, what is overdue and what is due next; the standing office, leaders and
 * administrators see the reports and registrations waiting for review, the units with something overdue and how
 * complete the current period is.
 */
@Controller
class HomeController {

	private final MonitoringService monitoring;

	HomeController(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("unitGlances", monitoring.unitGlances(user));
		model.addAttribute("officeGlances", user.seesAllUnits() ? monitoring.officeGlances(user) : java.util.List.of());
		return "dashboard/home";
	}
}
