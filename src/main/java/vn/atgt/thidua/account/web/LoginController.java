package vn.atgt.thidua.account.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. In the demo it also lists the demo accounts and their password. */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		return "account/login";
	}
}
