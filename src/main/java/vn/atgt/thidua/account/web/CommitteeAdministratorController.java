package vn.atgt.thidua.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.AccountQueries;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** The system administrator gives a committee its first administrator (issue 18). */
@Controller
@RequestMapping("/admin/committees/{id}/administrators")
class CommitteeAdministratorController {

	private static final String FORM = "account/committee-administrator";

	private final UserAdminService users;
	private final AccountQueries queries;

	CommitteeAdministratorController(UserAdminService users, AccountQueries queries) {
		this.users = users;
		this.queries = queries;
	}

	@GetMapping("/new")
	String form(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("form", CommitteeAdministratorForm.empty());
		return page(id, user, model);
	}

	@PostMapping
	String create(@PathVariable Long id, @Valid @ModelAttribute("form") CommitteeAdministratorForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> users.createCommitteeAdministrator(user, id, form.username(),
				form.fullName(), form.password()))) {
			Flash.success(redirect, "user.created", form.fullName());
			return "redirect:/admin/committees/" + id;
		}
		return page(id, user, model);
	}

	private String page(Long id, CurrentUser user, Model model) {
		model.addAttribute("committee", queries.committeeToAdminister(user, id));
		return FORM;
	}
}
