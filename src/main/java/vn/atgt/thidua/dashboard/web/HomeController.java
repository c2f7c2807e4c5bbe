package vn.atgt.thidua.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.common.security.CurrentUser;

/** The home page: a greeting by role and the way to the user's work. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "dashboard/home";
	}
}
