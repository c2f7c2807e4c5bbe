package vn.atgt.thidua.campaign.web;

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

import vn.atgt.thidua.campaign.CampaignQueries;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.campaign.TaskAreasPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /campaigns/{id}/task-areas}: the campaign's focus task areas. */
@Controller
@RequestMapping("/campaigns/{campaignId}/task-areas")
class TaskAreaController {

	private static final String FORM = "campaign/task-area-form";

	private final CampaignQueries queries;
	private final TaskAreaService taskAreas;

	TaskAreaController(CampaignQueries queries, TaskAreaService taskAreas) {
		this.queries = queries;
		this.taskAreas = taskAreas;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		TaskAreasPage page = queries.taskAreas(user, campaignId);
		CampaignPages.header(model, page.campaign(), "taskAreas", page.actions());
		model.addAttribute("taskAreas", page.taskAreas());
		return "campaign/task-areas";
	}

	@GetMapping("/new")
	@StandingOffice
	String newTaskArea(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("form", TaskAreaForm.empty());
		return form(model, user, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") TaskAreaForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> taskAreas.add(user, campaignId, form.toCommand()))) {
			Flash.success(redirect, "taskArea.added", form.title());
			return list(campaignId);
		}
		return form(model, user, campaignId, null);
	}

	@PostMapping("/seed")
	@StandingOffice
	String addSeedPlanTaskAreas(@PathVariable Long campaignId, CurrentUser user, RedirectAttributes redirect) {
		Forms.attempt(redirect, () -> Flash.success(redirect, "taskArea.seeded",
				taskAreas.addSeedPlanTaskAreas(user, campaignId)));
		return list(campaignId);
	}

	@GetMapping("/{taskAreaId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long taskAreaId, CurrentUser user, Model model) {
		model.addAttribute("form", TaskAreaForm.of(taskAreas.get(user, campaignId, taskAreaId)));
		return form(model, user, campaignId, taskAreaId);
	}

	@PostMapping("/{taskAreaId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long taskAreaId,
			@Valid @ModelAttribute("form") TaskAreaForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> taskAreas.update(user, campaignId, taskAreaId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "taskArea.updated", form.title());
			return list(campaignId);
		}
		return form(model, user, campaignId, taskAreaId);
	}

	@PostMapping("/{taskAreaId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long taskAreaId, CurrentUser user,
			RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> taskAreas.remove(user, campaignId, taskAreaId))) {
			Flash.success(redirect, "taskArea.removed");
		}
		return list(campaignId);
	}

	@PostMapping("/{taskAreaId}/move-up")
	@StandingOffice
	String moveUp(@PathVariable Long campaignId, @PathVariable Long taskAreaId, CurrentUser user,
			RedirectAttributes redirect) {
		Forms.attempt(redirect, () -> taskAreas.move(user, campaignId, taskAreaId, -1));
		return list(campaignId);
	}

	@PostMapping("/{taskAreaId}/move-down")
	@StandingOffice
	String moveDown(@PathVariable Long campaignId, @PathVariable Long taskAreaId, CurrentUser user,
			RedirectAttributes redirect) {
		Forms.attempt(redirect, () -> taskAreas.move(user, campaignId, taskAreaId, 1));
		return list(campaignId);
	}

	private String form(Model model, CurrentUser user, Long campaignId, Long taskAreaId) {
		model.addAttribute("campaign", queries.setupHeader(user, campaignId));
		model.addAttribute("taskAreaId", taskAreaId);
		return FORM;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/task-areas";
	}
}
