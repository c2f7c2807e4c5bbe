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

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserFilter;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.UnitService;

/** {@code /admin/users}: accounts, their unit and roles; deactivation, password reset and lifting a sign-in lock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "account/user-form";

	private final UserAdminService users;
	private final UnitService units;

	UserAdminController(UserAdminService users, UnitService units) {
		this.users = users;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("users", users.search(new UserFilter(q, unitId, role, active),
				pageable));
		model.addAttribute("q", q);
		model.addAttribute("unitId", unitId);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("units", units.all());
		model.addAttribute("roles", Role.values());
		return "account/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			users.create(form.toCommand(), form.password());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, null);
		}
		Flash.success(redirect, "user.created", form.username());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("form", UserForm.of(users.get(id)));
		model.addAttribute("lockedUntil", users.signInLockedUntil(id).orElse(null));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			users.update(id, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, id);
		}
		Flash.success(redirect, "user.updated", users.get(id).username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
		if (id.equals(admin.id())) {
			Flash.danger(redirect, "user.deactivate.self");
			return "redirect:/admin/users";
		}
		users.setActive(id, false);
		Flash.success(redirect, "user.deactivated", users.get(id).username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		users.setActive(id, true);
		Flash.success(redirect, "user.activated", users.get(id).username());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, RedirectAttributes redirect) {
		String temporary = users.resetPassword(id);
		Flash.warning(redirect, "user.passwordReset", users.get(id).username(), temporary);
		return "redirect:/admin/users/" + id + "/edit";
	}

	/** Lifts the lock that wrong passwords put on the user's name, so that she can sign in at once. */
	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		boolean wasLocked = users.unlockSignIn(id);
		Flash.success(redirect, wasLocked ? "user.unlocked" : "user.notLocked", users.get(id).username());
		return "redirect:/admin/users/" + id + "/edit";
	}

	private String form(Model model, Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("units", units.all());
		model.addAttribute("roles", Role.values());
		return FORM;
	}
}
