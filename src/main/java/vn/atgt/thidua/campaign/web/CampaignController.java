package vn.atgt.thidua.campaign.web;

import java.util.Optional;

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
import vn.atgt.thidua.campaign.CampaignFormPage;
import vn.atgt.thidua.campaign.CampaignListPage;
import vn.atgt.thidua.campaign.CampaignOverview;
import vn.atgt.thidua.campaign.CampaignQueries;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.ClonePage;
import vn.atgt.thidua.campaign.CloneResult;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/** {@code /campaigns}: the list, the overview of one campaign, its create and edit forms, start, close and clone. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

	static final int PAGE_SIZE = 20;
	private static final String FORM = "campaign/form";
	private static final String CLONE = "campaign/clone";

	private final CampaignService campaigns;
	private final CampaignQueries queries;

	CampaignController(CampaignService campaigns, CampaignQueries queries) {
		this.campaigns = campaigns;
		this.queries = queries;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) CampaignStatus status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		CampaignListPage page = queries.list(user, year, status, pageable);
		model.addAttribute("campaigns", page.campaigns());
		model.addAttribute("year", year);
		model.addAttribute("status", status);
		model.addAttribute("years", page.years());
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("mayCreate", page.create());
		return "campaign/list";
	}

	@GetMapping("/new")
	@StandingOffice
	String newCampaign(CurrentUser user, Model model) {
		CampaignFormPage page = queries.newCampaignForm(user);
		model.addAttribute("form", CampaignForm.empty(page.proposedCommitteeId()));
		return form(model, page);
	}

	@PostMapping
	@StandingOffice
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Optional<Long> id = Forms.attemptReturning(result,
				() -> campaigns.create(user, form.committeeId(), form.toCommand()));
		if (id.isEmpty()) {
			return form(model, queries.newCampaignForm(user));
		}
		Flash.success(redirect, "campaign.created", form.planNumber());
		return CampaignPages.overview(id.get());
	}

	@GetMapping("/{id}")
	String overview(@PathVariable Long id, CurrentUser user, Model model) {
		CampaignOverview overview = queries.overview(user, id);
		CampaignPages.header(model, overview.campaign(), "general", overview.actions());
		model.addAttribute("overview", overview);
		return "campaign/overview";
	}

	/** The edit form; a closed campaign offers none and says why. */
	@GetMapping("/{id}/edit")
	@StandingOffice
	String edit(@PathVariable Long id, CurrentUser user, Model model, RedirectAttributes redirect) {
		CampaignFormPage page = queries.campaignForm(user, id);
		if (!page.editable()) {
			Flash.danger(redirect, "campaign.closed");
			return CampaignPages.overview(id);
		}
		model.addAttribute("form", CampaignForm.of(page.campaign()));
		return form(model, page);
	}

	@PostMapping("/{id}/edit")
	@StandingOffice
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> campaigns.update(user, id, form.version(), form.toCommand()))) {
			Flash.success(redirect, "campaign.updated", form.planNumber());
			return CampaignPages.overview(id);
		}
		return form(model, queries.campaignForm(user, id));
	}

	@PostMapping("/{id}/activate")
	@StandingOffice
	String activate(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> campaigns.activate(user, id))) {
			Flash.success(redirect, "campaign.activated");
		}
		return CampaignPages.overview(id);
	}

	@PostMapping("/{id}/close")
	@StandingOffice
	String close(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> campaigns.close(user, id))) {
			Flash.success(redirect, "campaign.closedNow");
		}
		return CampaignPages.overview(id);
	}

	@GetMapping("/{id}/clone")
	@StandingOffice
	String cloneForm(@PathVariable Long id, CurrentUser user, Model model) {
		ClonePage page = queries.cloneForm(user, id);
		model.addAttribute("form", CloneForm.of(page.proposal()));
		model.addAttribute("source", page.source());
		return CLONE;
	}

	@PostMapping("/{id}/clone")
	@StandingOffice
	String cloneCampaign(@PathVariable Long id, @Valid @ModelAttribute("form") CloneForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<CloneResult> clone = Forms.attemptReturning(result,
				() -> campaigns.cloneCampaign(user, id, form.toCommand()));
		if (clone.isEmpty()) {
			model.addAttribute("source", queries.cloneForm(user, id).source());
			return CLONE;
		}
		CloneResult c = clone.get();
		Flash.success(redirect, "campaign.cloned", c.taskAreas(), c.periods(), c.participants(), c.periodsLeftOut(),
				c.participantsLeftOut());
		return CampaignPages.overview(c.campaignId());
	}

	private static String form(Model model, CampaignFormPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("committees", page.committees());
		model.addAttribute("followable", page.followable());
		model.addAttribute("conventions", AccidentPeriodConvention.values());
		return FORM;
	}
}
