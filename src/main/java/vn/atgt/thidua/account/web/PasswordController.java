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

import vn.atgt.thidua.account.AccountService;
import vn.atgt.thidua.account.SignedInUsers;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /account/password}: the signed-in user changes her own password (forced after an administrator's reset). */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String VIEW = "account/password";

	private final AccountService accounts;
	private final SignedInUsers signedInUsers;

	PasswordController(AccountService accounts, SignedInUsers signedInUsers) {
		this.accounts = accounts;
		this.signedInUsers = signedInUsers;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, CurrentUser user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!Forms.attempt(result, () -> accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword(),
				form.confirmation()))) {
			return VIEW;
		}
		signedInUsers.refresh(user.id(), request, response);
		Flash.success(redirect, "password.changed");
		return "redirect:/";
	}
}
