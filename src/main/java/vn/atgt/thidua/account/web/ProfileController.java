package vn.atgt.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.AccountQueries;
import vn.atgt.thidua.account.SignedInUsers;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /account/profile}: the signed-in user's own account, unit and roles; she may edit her contact details. */
@Controller
@RequestMapping("/account/profile")
class ProfileController {

	private static final String VIEW = "account/profile";

	private final UserAdminService users;
	private final AccountQueries queries;
	private final SignedInUsers signedInUsers;

	ProfileController(UserAdminService users, AccountQueries queries, SignedInUsers signedInUsers) {
		this.users = users;
		this.queries = queries;
		this.signedInUsers = signedInUsers;
	}

	@GetMapping
	String show(CurrentUser user, Model model) {
		model.addAttribute("form", ProfileForm.of(queries.profile(user)));
		return view(user, model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!Forms.attempt(result, () -> users.updateOwnContact(user.id(), form.version(), form.fullName().strip(),
				form.email(), form.phone()))) {
			return view(user, model);
		}
		signedInUsers.refresh(user.id(), request, response);
		Flash.success(redirect, "profile.saved");
		return "redirect:/account/profile";
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("account", queries.profile(user));
		return VIEW;
	}
}
