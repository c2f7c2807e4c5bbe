package vn.atgt.thidua.unit.web;

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

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeRole;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;
import vn.atgt.thidua.unit.UnitService;

/** {@code /admin/committees}: the Ban ATGT, its document data and its members. */
@Controller
@RequestMapping("/admin/committees")
class CommitteeAdminController {

	private static final String PAGE = "unit/committee";

	private final CommitteeService committees;
	private final AreaService areas;
	private final UnitService units;

	CommitteeAdminController(CommitteeService committees, AreaService areas, UnitService units) {
		this.committees = committees;
		this.areas = areas;
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("committees", committees.committees());
		return "unit/committees";
	}

	@GetMapping("/new")
	String newCommittee(Model model) {
		model.addAttribute("form", CommitteeForm.empty());
		return page(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model, null);
		}
		try {
			Long id = committees.create(form.toCommand());
			Flash.success(redirect, "committee.saved", form.name());
			return "redirect:/admin/committees/" + id;
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return page(model, null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		CommitteeView committee = committees.get(id);
		model.addAttribute("form", CommitteeForm.of(committee));
		return page(model, committee);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> committees.update(id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "committee.saved", form.name());
			return "redirect:/admin/committees/" + id;
		}
		return page(model, committees.get(id));
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable Long id, @Valid @ModelAttribute("member") MemberForm member, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> committees.addMember(id, member.toCommand()))) {
			Flash.success(redirect, "committee.member.added", member.personName());
			return "redirect:/admin/committees/" + id;
		}
		CommitteeView committee = committees.get(id);
		model.addAttribute("form", CommitteeForm.of(committee));
		return page(model, committee);
	}

	@GetMapping("/{id}/members/{memberId}/edit")
	String editMember(@PathVariable Long id, @PathVariable Long memberId, Model model) {
		CommitteeView committee = committees.get(id);
		var row = committee.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
			.orElseThrow(() -> new NotFoundException("committee member", memberId));
		model.addAttribute("member", MemberForm.of(row));
		return memberPage(model, committee, memberId);
	}

	@PostMapping("/{id}/members/{memberId}")
	String updateMember(@PathVariable Long id, @PathVariable Long memberId,
			@Valid @ModelAttribute("member") MemberForm member, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> committees.updateMember(id, memberId, member.version(), member.toCommand()))) {
			Flash.success(redirect, "committee.member.updated", member.personName());
			return "redirect:/admin/committees/" + id;
		}
		return memberPage(model, committees.get(id), memberId);
	}

	@PostMapping("/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable Long id, @PathVariable Long memberId, RedirectAttributes redirect) {
		committees.removeMember(id, memberId);
		Flash.success(redirect, "committee.member.removed");
		return "redirect:/admin/committees/" + id;
	}

	private String page(Model model, CommitteeView committee) {
		model.addAttribute("committee", committee);
		model.addAttribute("areas", areas.all());
		model.addAttribute("units", units.all());
		model.addAttribute("roles", CommitteeRole.values());
		if (!model.containsAttribute("member")) {
			model.addAttribute("member", MemberForm.empty());
		}
		return PAGE;
	}

	private String memberPage(Model model, CommitteeView committee, Long memberId) {
		model.addAttribute("committee", committee);
		model.addAttribute("memberId", memberId);
		model.addAttribute("units", units.all());
		model.addAttribute("roles", CommitteeRole.values());
		return "unit/member-form";
	}
}
