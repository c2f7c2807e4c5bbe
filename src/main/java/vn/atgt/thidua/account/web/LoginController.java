package vn.atgt.thidua.account.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.account.LockoutProperties;

/**
 * The sign-in page, with the message of the last attempt (wrong password, locked name, refused address, session
 * ended). In the demo it also lists the demo accounts and their password. While the application is still starting
 * (the demo data loading), it says so instead of letting the user believe her password was wrong.
 */
@Controller
class LoginController {

	private final boolean demo;
	private final LockoutProperties lockout;
	private final ApplicationAvailability availability;

	LoginController(Environment environment, LockoutProperties lockout, ApplicationAvailability availability) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.lockout = lockout;
		this.availability = availability;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		model.addAttribute("lockout", lockout);
		model.addAttribute("starting", availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC);
		return "account/login";
	}
}
