package vn.atgt.thidua.account.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.account.LockoutProperties;

/**
 * The sign-in page, with the message of the last attempt (wrong password, locked name, refused address, session
 * ended). In the demo it also lists the demo accounts and their password.
 */
@Controller
class LoginController {

	private final boolean demo;
	private final LockoutProperties lockout;

	LoginController(Environment environment, LockoutProperties lockout) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.lockout = lockout;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		model.addAttribute("lockout", lockout);
		return "account/login";
	}
}
