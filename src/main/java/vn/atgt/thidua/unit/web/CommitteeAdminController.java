package vn.atgt.thidua.unit.web;

import java.util.Optional;

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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.CommitteePage;
import vn.atgt.thidua.unit.CommitteeKind;
import vn.atgt.thidua.unit.CommitteeRole;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitQueries;

/** {@code /admin/committees}: the Ban ATGT, its document data and its members. */
@Controller
@RequestMapping("/admin/committees")
class CommitteeAdminController {

	private static final String PAGE = "unit/committee";

	private final CommitteeService committees;
	private final UnitQueries queries;

	CommitteeAdminController(CommitteeService committees, UnitQueries queries) {
		this.committees = committees;
		this.queries = queries;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("committees", queries.committees(user));
		return "unit/committees";
	}

	@GetMapping("/new")
	String newCommittee(CurrentUser user, Model model) {
		model.addAttribute("form", CommitteeForm.empty());
		return page(model, queries.committee(user, null));
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		queries.requireCommittee(user, null);
		Optional<Long> id = Forms.attemptReturning(result, () -> committees.create(queries.placedBy(user, null, form.toCommand())));
		if (id.isEmpty()) {
			return page(model, queries.committee(user, null));
		}
		Flash.success(redirect, "committee.saved", form.name());
		return "redirect:/admin/committees/" + id.get();
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		CommitteePage page = queries.committee(user, id);
		model.addAttribute("form", CommitteeForm.of(page.committee()));
		return page(model, page);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		queries.requireCommittee(user, id);
		if (Forms.attempt(result, () -> committees.update(id, form.version(),
				queries.placedBy(user, id, form.toCommand())))) {
			Flash.success(redirect, "committee.saved", form.name());
			return "redirect:/admin/committees/" + id;
		}
		return page(model, queries.committee(user, id));
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable Long id, @Valid @ModelAttribute("member") MemberForm member, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		queries.requireCommittee(user, id);
		if (Forms.attempt(result, () -> committees.addMember(id, member.toCommand()))) {
			Flash.success(redirect, "committee.member.added", member.personName());
			return "redirect:/admin/committees/" + id;
		}
		CommitteePage page = queries.committee(user, id);
		model.addAttribute("form", CommitteeForm.of(page.committee()));
		return page(model, page);
	}

	@GetMapping("/{id}/members/{memberId}/edit")
	String editMember(@PathVariable Long id, @PathVariable Long memberId, CurrentUser user, Model model) {
		CommitteePage page = queries.committee(user, id);
		model.addAttribute("member", MemberForm.of(page.member(memberId)));
		return memberPage(model, page, memberId);
	}

	@PostMapping("/{id}/members/{memberId}")
	String updateMember(@PathVariable Long id, @PathVariable Long memberId,
			@Valid @ModelAttribute("member") MemberForm member, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		queries.requireCommittee(user, id);
		if (Forms.attempt(result, () -> committees.updateMember(id, memberId, member.version(), member.toCommand()))) {
			Flash.success(redirect, "committee.member.updated", member.personName());
			return "redirect:/admin/committees/" + id;
		}
		return memberPage(model, queries.committee(user, id), memberId);
	}

	@PostMapping("/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable Long id, @PathVariable Long memberId, CurrentUser user,
			RedirectAttributes redirect) {
		queries.requireCommittee(user, id);
		committees.removeMember(id, memberId);
		Flash.success(redirect, "committee.member.removed");
		return "redirect:/admin/committees/" + id;
	}

	private static String page(Model model, CommitteePage page) {
		model.addAttribute("committee", page.committee());
		model.addAttribute("addsAdministrator", page.addsAdministrator());
		model.addAttribute("areas", page.areas());
		model.addAttribute("units", page.units());
		model.addAttribute("roles", CommitteeRole.values());
		model.addAttribute("kinds", CommitteeKind.values());
		model.addAttribute("placesParent", page.placesParent());
		model.addAttribute("parents", page.parents());
		if (!model.containsAttribute("member")) {
			model.addAttribute("member", MemberForm.empty());
		}
		return PAGE;
	}

	private static String memberPage(Model model, CommitteePage page, Long memberId) {
		model.addAttribute("committee", page.committee());
		model.addAttribute("memberId", memberId);
		model.addAttribute("units", page.units());
		model.addAttribute("roles", CommitteeRole.values());
		return "unit/member-form";
	}
}
