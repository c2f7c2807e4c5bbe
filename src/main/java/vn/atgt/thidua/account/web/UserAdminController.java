package vn.atgt.thidua.account.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.AccountQueries;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserFilter;
import vn.atgt.thidua.account.UserFormPage;
import vn.atgt.thidua.account.UsersPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /admin/users}: accounts, their unit and roles; deactivation, password reset and lifting a sign-in lock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "account/user-form";

	private final UserAdminService users;
	private final AccountQueries queries;

	UserAdminController(UserAdminService users, AccountQueries queries) {
		this.users = users;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
			@PageableDefault(size = 25) Pageable pageable, CurrentUser admin, Model model) {
		UsersPage page = queries.users(admin, new UserFilter(q, unitId, role, active), pageable);
		model.addAttribute("users", page.users());
		model.addAttribute("actions", page.actions());
		model.addAttribute("q", q);
		model.addAttribute("unitId", unitId);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("units", page.units());
		model.addAttribute("roles", Role.committeeRoles());
		return "account/users";
	}

	@GetMapping("/new")
	String newUser(CurrentUser admin, Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model, queries.userForm(admin, null));
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> users.create(admin, form.toCommand(), form.password()))) {
			Flash.success(redirect, "user.created", form.username());
			return "redirect:/admin/users";
		}
		return form(model, queries.userForm(admin, null));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, CurrentUser admin, Model model) {
		UserFormPage page = queries.userForm(admin, id);
		model.addAttribute("form", UserForm.of(page.user()));
		return form(model, page);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> users.update(admin, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "user.updated", users.get(id).username());
			return "redirect:/admin/users";
		}
		return form(model, queries.userForm(admin, id));
	}

	/** Deactivates the account; an administrator's own is refused with a message. */
	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> users.setActive(admin, id, false))) {
			Flash.success(redirect, "user.deactivated", users.get(id).username());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
		users.setActive(admin, id, true);
		Flash.success(redirect, "user.activated", users.get(id).username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
		String temporary = users.resetPassword(admin, id);
		Flash.warning(redirect, "user.passwordReset", users.get(id).username(), temporary);
		return "redirect:/admin/users/" + id + "/edit";
	}

	/** Lifts the lock that wrong passwords put on the user's name, so that she can sign in at once. */
	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
		boolean wasLocked = users.unlockSignIn(admin, id);
		Flash.success(redirect, wasLocked ? "user.unlocked" : "user.notLocked", users.get(id).username());
		return "redirect:/admin/users/" + id + "/edit";
	}

	private static String form(Model model, UserFormPage page) {
		model.addAttribute("userId", page.user() == null ? null : page.user().id());
		model.addAttribute("lockedUntil", page.lockedUntil());
		model.addAttribute("actions", page.actions());
		model.addAttribute("units", page.units());
		model.addAttribute("roles", Role.committeeRoles());
		return FORM;
	}
}
