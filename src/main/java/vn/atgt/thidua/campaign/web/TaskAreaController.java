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

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.security.StandingOffice;

/** {@code /campaigns/{id}/task-areas}: the campaign's focus task areas. */
@Controller
@RequestMapping("/campaigns/{campaignId}/task-areas")
class TaskAreaController {

	private static final String FORM = "campaign/task-area-form";

	private final CampaignService campaigns;
	private final TaskAreaService taskAreas;

	TaskAreaController(CampaignService campaigns, TaskAreaService taskAreas) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		CampaignPages.header(model, campaigns.get(campaignId), "taskAreas", user);
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		return "campaign/task-areas";
	}

	@GetMapping("/new")
	@StandingOffice
	String newTaskArea(@PathVariable Long campaignId, Model model) {
		model.addAttribute("form", TaskAreaForm.empty());
		return form(model, campaignId, null);
	}

	@PostMapping
	@StandingOffice
	String add(@PathVariable Long campaignId, @Valid @ModelAttribute("form") TaskAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, campaignId, null);
		}
		try {
			taskAreas.add(campaignId, form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, null);
		}
		Flash.success(redirect, "taskArea.added", form.title());
		return list(campaignId);
	}

	@PostMapping("/seed")
	@StandingOffice
	String addSeedPlanTaskAreas(@PathVariable Long campaignId, RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "taskArea.seeded", taskAreas.addSeedPlanTaskAreas(campaignId));
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	@GetMapping("/{taskAreaId}/edit")
	@StandingOffice
	String edit(@PathVariable Long campaignId, @PathVariable Long taskAreaId, Model model) {
		model.addAttribute("form", TaskAreaForm.of(taskAreas.get(campaignId, taskAreaId)));
		return form(model, campaignId, taskAreaId);
	}

	@PostMapping("/{taskAreaId}/edit")
	@StandingOffice
	String update(@PathVariable Long campaignId, @PathVariable Long taskAreaId,
			@Valid @ModelAttribute("form") TaskAreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, campaignId, taskAreaId);
		}
		try {
			taskAreas.update(campaignId, taskAreaId, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, taskAreaId);
		}
		Flash.success(redirect, "taskArea.updated", form.title());
		return list(campaignId);
	}

	@PostMapping("/{taskAreaId}/delete")
	@StandingOffice
	String remove(@PathVariable Long campaignId, @PathVariable Long taskAreaId, RedirectAttributes redirect) {
		try {
			taskAreas.remove(campaignId, taskAreaId);
			Flash.success(redirect, "taskArea.removed");
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	@PostMapping("/{taskAreaId}/move-up")
	@StandingOffice
	String moveUp(@PathVariable Long campaignId, @PathVariable Long taskAreaId, RedirectAttributes redirect) {
		return move(campaignId, taskAreaId, -1, redirect);
	}

	@PostMapping("/{taskAreaId}/move-down")
	@StandingOffice
	String moveDown(@PathVariable Long campaignId, @PathVariable Long taskAreaId, RedirectAttributes redirect) {
		return move(campaignId, taskAreaId, 1, redirect);
	}

	private String move(Long campaignId, Long taskAreaId, int step, RedirectAttributes redirect) {
		try {
			taskAreas.move(campaignId, taskAreaId, step);
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return list(campaignId);
	}

	private String form(Model model, Long campaignId, Long taskAreaId) {
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("taskAreaId", taskAreaId);
		return FORM;
	}

	private static String list(Long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/task-areas";
	}
}
