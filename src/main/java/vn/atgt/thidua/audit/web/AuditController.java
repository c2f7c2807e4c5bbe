package vn.atgt.thidua.audit.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditPage;
import vn.atgt.thidua.audit.AuditQueries;
import vn.atgt.thidua.common.security.CurrentUser;

/** {@code /admin/audit}: the audit trail, filtered and paged, for administrators (URL rule in the security config). */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		// a field that did not parse (a date such as 31/02/2024) is shown as an error and is null in the form
		AuditPage page = queries.page(user, filter.toFilter(), pageable);
		model.addAttribute("entries", page.entries());
		model.addAttribute("capped", page.capped());
		model.addAttribute("entityTypes", page.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		return "audit/list";
	}
}
