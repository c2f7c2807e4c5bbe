package vn.atgt.thidua.campaign.web;

import java.util.List;

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

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignOverview;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.CloneResult;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.common.security.StandingOffice;

/** {@code /campaigns}: the list, the overview of one campaign, its create and edit forms, start, close and clone. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

	static final int PAGE_SIZE = 20;
	private static final String FORM = "campaign/form";
	private static final String CLONE = "campaign/clone";

	private final CampaignService campaigns;
	private final CommitteeService committees;

	CampaignController(CampaignService campaigns, CommitteeService committees) {
		this.campaigns = campaigns;
		this.committees = committees;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) CampaignStatus status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		model.addAttribute("campaigns", campaigns.search(year, status, pageable));
		model.addAttribute("year", year);
		model.addAttribute("status", status);
		model.addAttribute("years", campaigns.years());
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("editor", CampaignPages.isEditor(user));
		return "campaign/list";
	}

	@GetMapping("/new")
	@StandingOffice
	String newCampaign(Model model) {
		model.addAttribute("form", CampaignForm.empty(committees.main().map(CommitteeSummary::id).orElse(null)));
		return form(model, null);
	}

	@PostMapping
	@StandingOffice
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		Long id;
		try {
			id = campaigns.create(form.committeeId(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, null);
		}
		Flash.success(redirect, "campaign.created", form.planNumber());
		return CampaignPages.overview(id);
	}

	@GetMapping("/{id}")
	String overview(@PathVariable Long id, CurrentUser user, Model model) {
		CampaignOverview overview = campaigns.overview(id);
		CampaignPages.header(model, overview.campaign(), "general", user);
		model.addAttribute("overview", overview);
		return "campaign/overview";
	}

	@GetMapping("/{id}/edit")
	@StandingOffice
	String edit(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		CampaignView campaign = campaigns.get(id);
		if (campaign.isClosed()) {
			Flash.danger(redirect, "campaign.closed");
			return CampaignPages.overview(id);
		}
		model.addAttribute("form", CampaignForm.of(campaign));
		return form(model, campaign);
	}

	@PostMapping("/{id}/edit")
	@StandingOffice
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CampaignView campaign = campaigns.get(id);
		if (result.hasErrors()) {
			return form(model, campaign);
		}
		try {
			campaigns.update(id, form.version(), form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaign);
		}
		Flash.success(redirect, "campaign.updated", form.planNumber());
		return CampaignPages.overview(id);
	}

	@PostMapping("/{id}/activate")
	@StandingOffice
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			campaigns.activate(id);
			Flash.success(redirect, "campaign.activated");
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return CampaignPages.overview(id);
	}

	@PostMapping("/{id}/close")
	@StandingOffice
	String close(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			campaigns.close(id);
			Flash.success(redirect, "campaign.closedNow");
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
		}
		return CampaignPages.overview(id);
	}

	@GetMapping("/{id}/clone")
	@StandingOffice
	String cloneForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", CloneForm.of(campaigns.cloneDefaults(id)));
		model.addAttribute("source", campaigns.get(id));
		return CLONE;
	}

	@PostMapping("/{id}/clone")
	@StandingOffice
	String cloneCampaign(@PathVariable Long id, @Valid @ModelAttribute("form") CloneForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("source", campaigns.get(id));
			return CLONE;
		}
		CloneResult clone;
		try {
			clone = campaigns.cloneCampaign(id, form.toCommand());
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			model.addAttribute("source", campaigns.get(id));
			return CLONE;
		}
		Flash.success(redirect, "campaign.cloned", clone.taskAreas(), clone.periods(), clone.participants(),
				clone.periodsLeftOut(), clone.participantsLeftOut());
		return CampaignPages.overview(clone.campaignId());
	}

	private String form(Model model, CampaignView campaign) {
		model.addAttribute("campaign", campaign);
		List<CommitteeSummary> active = committees.committees().stream().filter(CommitteeSummary::active).toList();
		model.addAttribute("committees", active);
		model.addAttribute("conventions", AccidentPeriodConvention.values());
		return FORM;
	}
}
