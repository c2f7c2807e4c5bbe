package vn.atgt.thidua.registration.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
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

import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.registration.OverviewPage;
import vn.atgt.thidua.registration.RegistrationAccess;
import vn.atgt.thidua.registration.RegistrationFilter;
import vn.atgt.thidua.registration.RegistrationQueries;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetFormPage;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.unit.UnitKind;

/**
 * {@code /campaigns/{id}/targets}: the standing office's table of every unit's registration, or the unit user's own
 * registration; one unit's registration page; the target form; submission by the unit's head.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets")
class TargetController {

	static final int PAGE_SIZE = 50;

	private final RegistrationService registrations;
	private final RegistrationQueries queries;
	private final RegistrationAccess access;
	private final MessageSource messages;

	TargetController(RegistrationService registrations, RegistrationQueries queries, RegistrationAccess access,
			MessageSource messages) {
		this.messages = messages;
		this.registrations = registrations;
		this.queries = queries;
		this.access = access;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, @RequestParam(required = false) String status,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String q,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Locale locale,
			HttpServletRequest request, Model model) {
		if (access.seesAllUnits(user)) {
			OverviewPage page = queries.overview(user, campaignId, new RegistrationFilter(status, kind, q), pageable);
			model.addAttribute("rowsView", OverviewRowsView.of(page.rows().getContent(),
					page.taskAreas().stream().map(TaskAreaView::id).toList(), messages, locale,
					request.getContextPath() + "/campaigns/" + campaignId + "/targets/units/"));
			return TargetPages.showOverview(model, page);
		}
		return queries.ownRegistration(user, campaignId)
			.map(page -> TargetPages.showUnit(model, page))
			.orElseGet(() -> TargetPages.showNotParticipant(model, queries.campaign(campaignId)));
	}

	@GetMapping("/units/{unitId}")
	String unit(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model) {
		return TargetPages.showUnit(model, queries.registrationPage(user, campaignId, unitId));
	}

	@GetMapping("/units/{unitId}/new")
	String newTarget(@PathVariable Long campaignId, @PathVariable Long unitId,
			@RequestParam(defaultValue = "QUANTITATIVE") TargetKind kind,
			@RequestParam(required = false) Long taskAreaId, @RequestParam(required = false) Long suggestion,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		TargetFormPage page = queries.newTarget(user, campaignId, unitId, suggestion);
		if (!page.registration().editable()) {
			return TargetPages.notEditable(redirect, page.registration());
		}
		model.addAttribute("form", page.suggestion() == null ? TargetForm.empty(kind, taskAreaId)
				: TargetForm.of(page.suggestion()));
		return TargetPages.showTargetForm(model, page);
	}

	@PostMapping("/units/{unitId}/targets")
	String create(@PathVariable Long campaignId, @PathVariable Long unitId, @ModelAttribute("form") TargetForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> registrations.addTarget(user, campaignId, unitId, form.toCommand()))) {
			Flash.success(redirect, "target.added", form.indicatorName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return TargetPages.showTargetForm(model, queries.newTarget(user, campaignId, unitId, null));
	}

	@GetMapping("/units/{unitId}/targets/{targetId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		TargetFormPage page = queries.editTarget(user, campaignId, unitId, targetId);
		if (!page.registration().editable()) {
			return TargetPages.notEditable(redirect, page.registration());
		}
		model.addAttribute("form", TargetForm.of(page.target()));
		return TargetPages.showTargetForm(model, page);
	}

	@PostMapping("/units/{unitId}/targets/{targetId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			@ModelAttribute("form") TargetForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> registrations.updateTarget(user, campaignId, unitId, targetId, form.version(),
				form.toCommand()))) {
			Flash.success(redirect, "target.updated", form.indicatorName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return TargetPages.showTargetForm(model, queries.editTarget(user, campaignId, unitId, targetId));
	}

	@PostMapping("/units/{unitId}/targets/{targetId}/delete")
	String remove(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			@RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		String name = registrations.removeTarget(user, campaignId, unitId, targetId, version);
		Flash.success(redirect, "target.removed", name);
		return TargetPages.unitPage(campaignId, unitId);
	}

	@PostMapping("/units/{unitId}/submit")
	String submit(@PathVariable Long campaignId, @PathVariable Long unitId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		registrations.submit(user, campaignId, unitId, version);
		Flash.success(redirect, "target.submitted");
		return TargetPages.unitPage(campaignId, unitId);
	}
}
