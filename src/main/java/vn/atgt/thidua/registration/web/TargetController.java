package vn.atgt.thidua.registration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.registration.RegistrationOverviewRow;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.RegistrationView;
import vn.atgt.thidua.registration.SuggestedIndicatorView;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.unit.UnitKind;

/**
 * {@code /campaigns/{id}/targets}: the standing office's table of every unit's registration, or the unit user's own
 * registration; one unit's registration page; the target form; submission by the unit's head.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/targets")
class TargetController {

	static final int PAGE_SIZE = 50;
	/** The status filter's value for units that have not started. */
	static final String NOT_STARTED = "NOT_STARTED";
	private static final String FORM = "registration/target-form";

	private final CampaignService campaigns;
	private final RegistrationService targets;
	private final TargetSetupService setup;

	TargetController(CampaignService campaigns, RegistrationService targets, TargetSetupService setup) {
		this.campaigns = campaigns;
		this.targets = targets;
		this.setup = setup;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, @RequestParam(required = false) String status,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String q,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		if (!user.seesAllUnits()) {
			if (user.unitId() == null || !campaigns.isParticipant(campaignId, user.unitId())) {
				TargetPages.header(model, campaign);
				return "registration/not-participant";
			}
			return unitPage(campaign, user.unitId(), user, model);
		}
		List<RegistrationOverviewRow> all = targets.overview(user, campaignId);
		String query = SearchText.key(q);
		List<RegistrationOverviewRow> shown = all.stream()
			.filter(r -> status == null || status.isBlank() || status.equals(statusOf(r)))
			.filter(r -> kind == null || kind == r.unitKind())
			.filter(r -> query.isEmpty() || SearchText.key(r.unitName()).contains(query))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), shown.size());
		Page<RegistrationOverviewRow> rows = new PageImpl<>(shown.subList(from, Math.min(from + pageable.getPageSize(),
				shown.size())), pageable, shown.size());
		Map<String, Long> counts = new LinkedHashMap<>();
		for (RegistrationStatus s : RegistrationStatus.values()) {
			counts.put(s.name(), 0L);
		}
		counts.put(NOT_STARTED, 0L);
		all.forEach(r -> counts.merge(statusOf(r), 1L, Long::sum));
		TargetPages.header(model, campaign);
		model.addAttribute("rows", rows);
		model.addAttribute("unitCount", all.size());
		model.addAttribute("statusCounts", counts);
		model.addAttribute("lateCount", all.stream().filter(r -> r.standing().late()).count());
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		model.addAttribute("deadline", targets.registrationDeadline(campaignId).orElse(null));
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("statuses", counts.keySet());
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("canSetUp", TargetPages.decides(user) && !campaign.isClosed());
		model.addAttribute("ownUnitId", user.unitId() != null && user.worksFor(user.unitId())
				&& campaigns.isParticipant(campaignId, user.unitId()) ? user.unitId() : null);
		return "registration/overview";
	}

	private static String statusOf(RegistrationOverviewRow row) {
		return row.standing().status() == null ? NOT_STARTED : row.standing().status().name();
	}

	@GetMapping("/units/{unitId}")
	String unit(@PathVariable Long campaignId, @PathVariable Long unitId, CurrentUser user, Model model) {
		return unitPage(campaigns.get(campaignId), unitId, user, model);
	}

	private String unitPage(CampaignView campaign, Long unitId, CurrentUser user, Model model) {
		RegistrationView registration = targets.registration(user, campaign.id(), unitId);
		List<TaskAreaView> taskAreas = campaigns.taskAreas(campaign.id());
		Set<Long> picked = registration.targets().stream()
			.map(TargetView::suggestedIndicatorId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, List<SuggestedIndicatorView>> open = setup.suggestions(campaign.id()).stream()
			.filter(s -> !picked.contains(s.id()))
			.collect(Collectors.groupingBy(SuggestedIndicatorView::taskAreaId));
		boolean active = campaign.isActive();
		boolean canEdit = active && user.worksFor(unitId) && registration.editable();
		RegistrationStatus status = registration.status();
		TargetPages.header(model, campaign);
		model.addAttribute("registration", registration);
		model.addAttribute("taskAreas", taskAreas);
		model.addAttribute("openSuggestions", open);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("canSubmit", canEdit && user.has(Role.UNIT_HEAD) && !registration.targets().isEmpty());
		model.addAttribute("waitsForHead", canEdit && !user.has(Role.UNIT_HEAD) && !registration.targets().isEmpty());
		model.addAttribute("canDecide", active && TargetPages.decides(user) && status == RegistrationStatus.SUBMITTED);
		model.addAttribute("canReopen", active && TargetPages.decides(user) && status == RegistrationStatus.APPROVED);
		model.addAttribute("seesAll", user.seesAllUnits());
		return "registration/unit";
	}

	@GetMapping("/units/{unitId}/new")
	String newTarget(@PathVariable Long campaignId, @PathVariable Long unitId,
			@RequestParam(defaultValue = "QUANTITATIVE") TargetKind kind,
			@RequestParam(required = false) Long taskAreaId, @RequestParam(required = false) Long suggestion,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		RegistrationView registration = targets.registrationToPrepare(user, campaignId, unitId);
		if (!registration.editable()) {
			Flash.warning(redirect, "target.notEditable." + registration.status().name());
			return TargetPages.unitPage(campaignId, unitId);
		}
		model.addAttribute("form", suggestion == null ? TargetForm.empty(kind, taskAreaId)
				: TargetForm.of(setup.suggestion(campaignId, suggestion)));
		return form(model, campaignId, registration, null);
	}

	@PostMapping("/units/{unitId}/targets")
	String create(@PathVariable Long campaignId, @PathVariable Long unitId, @ModelAttribute("form") TargetForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		RegistrationView registration = targets.registrationToPrepare(user, campaignId, unitId);
		if (Forms.attempt(result, () -> targets.addTarget(user, campaignId, unitId, form.toCommand()))) {
			Flash.success(redirect, "target.added", form.indicatorName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return form(model, campaignId, registration, null);
	}

	@GetMapping("/units/{unitId}/targets/{targetId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		RegistrationView registration = targets.registrationToPrepare(user, campaignId, unitId);
		TargetView target = targets.target(user, campaignId, unitId, targetId);
		if (!registration.editable()) {
			Flash.warning(redirect, "target.notEditable." + registration.status().name());
			return TargetPages.unitPage(campaignId, unitId);
		}
		model.addAttribute("form", TargetForm.of(target));
		return form(model, campaignId, registration, target);
	}

	@PostMapping("/units/{unitId}/targets/{targetId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			@ModelAttribute("form") TargetForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RegistrationView registration = targets.registrationToPrepare(user, campaignId, unitId);
		TargetView target = targets.target(user, campaignId, unitId, targetId);
		if (Forms.attempt(result,
				() -> targets.updateTarget(user, campaignId, unitId, targetId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "target.updated", form.indicatorName());
			return TargetPages.unitPage(campaignId, unitId);
		}
		return form(model, campaignId, registration, target);
	}

	@PostMapping("/units/{unitId}/targets/{targetId}/delete")
	String remove(@PathVariable Long campaignId, @PathVariable Long unitId, @PathVariable Long targetId,
			@RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		TargetView target = targets.target(user, campaignId, unitId, targetId);
		targets.removeTarget(user, campaignId, unitId, targetId, version);
		Flash.success(redirect, "target.removed", target.indicatorName());
		return TargetPages.unitPage(campaignId, unitId);
	}

	@PostMapping("/units/{unitId}/submit")
	String submit(@PathVariable Long campaignId, @PathVariable Long unitId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		targets.submit(user, campaignId, unitId, version);
		Flash.success(redirect, "target.submitted");
		return TargetPages.unitPage(campaignId, unitId);
	}

	private String form(Model model, Long campaignId, RegistrationView registration, TargetView target) {
		CampaignView campaign = campaigns.get(campaignId);
		List<TaskAreaView> taskAreas = campaigns.taskAreas(campaignId);
		Map<Long, TaskAreaView> areas = taskAreas.stream()
			.collect(Collectors.toMap(TaskAreaView::id, a -> a));
		TargetPages.header(model, campaign);
		model.addAttribute("registration", registration);
		model.addAttribute("target", target);
		model.addAttribute("taskAreas", taskAreas);
		model.addAttribute("areasById", areas);
		model.addAttribute("directions", TargetDirection.values());
		TargetForm form = (TargetForm) model.getAttribute("form");
		model.addAttribute("milestone", form != null && form.milestone());
		model.addAttribute("suggested", form != null && form.suggested());
		return FORM;
	}
}
