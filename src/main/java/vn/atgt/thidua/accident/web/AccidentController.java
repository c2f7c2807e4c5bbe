package vn.atgt.thidua.accident.web;

import jakarta.validation.Valid;

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

import tools.jackson.databind.json.JsonMapper;

import vn.atgt.thidua.accident.AccidentCells;
import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.MonthComparison;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetView;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/accidents}: the comparison with the baseline year (every signed-in user), and the entry
 * screen of one month with its confirmation and reopening (those who enter figures; confirming is the office's).
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/accidents")
class AccidentController {

	static final String MONTH = "{key:\\d{4}-\\d{2}}";
	private static final String SHEET = "accident/sheet";

	private final AccidentService accidents;
	private final CampaignService campaigns;
	private final JsonMapper json;

	AccidentController(AccidentService accidents, CampaignService campaigns, JsonMapper json) {
		this.accidents = accidents;
		this.campaigns = campaigns;
		this.json = json;
	}

	@GetMapping
	String comparison(@PathVariable Long campaignId, @RequestParam(required = false) String scope, CurrentUser user,
			Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		AccidentPages.header(model, campaign, AccidentPages.ACCIDENTS_TAB);
		AccidentComparison comparison = accidents.comparison(campaignId);
		MonthComparison month = scope == null ? null : comparison.month(scope);
		model.addAttribute("comparison", comparison);
		model.addAttribute("scopeMonth", month);
		model.addAttribute("byArea", comparison.byArea(month == null ? -1 : comparison.months().indexOf(month)));
		model.addAttribute("mainCriteria", Criterion.main());
		model.addAttribute("otherCriteria", Criterion.others());
		model.addAttribute("allCriteria", Criterion.values());
		model.addAttribute("chartJson", json.writeValueAsString(comparison.chart()));
		model.addAttribute("canEnter", !campaign.isClosed() && accidents.canEnter(user, campaignId));
		return "accident/comparison";
	}

	@GetMapping("/" + MONTH)
	String sheet(@PathVariable Long campaignId, @PathVariable String key, CurrentUser user, Model model) {
		AccidentPeriod period = accidents.period(campaignId, key);
		SheetView sheet = accidents.sheet(campaignId, period, user);
		model.addAttribute("form", SheetForm.of(sheet));
		model.addAttribute("reopenForm", ReopenForm.empty(sheet.version()));
		return sheet(model, campaignId, sheet, user);
	}

	@PostMapping("/" + MONTH)
	String save(@PathVariable Long campaignId, @PathVariable String key, @Valid @ModelAttribute("form") SheetForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		SheetView sheet = accidents.sheet(campaignId, period, user);
		model.addAttribute("reopenForm", ReopenForm.empty(sheet.version()));
		SheetCommand command = form.toCommand(sheet, result, accidents.plausibleDeaths());
		if (result.hasErrors()) {
			return sheet(model, campaignId, sheet, user);
		}
		try {
			accidents.save(campaignId, period, form.version(), command, user);
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return sheet(model, campaignId, sheet, user);
		}
		Flash.success(redirect, "accident.saved", period.monthLabel());
		return AccidentPages.sheet(campaignId, key);
	}

	@PostMapping("/" + MONTH + "/confirm")
	String confirm(@PathVariable Long campaignId, @PathVariable String key, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		accidents.confirm(campaignId, period, version, user);
		Flash.success(redirect, "accident.confirmed", period.monthLabel());
		return AccidentPages.sheet(campaignId, key);
	}

	@PostMapping("/" + MONTH + "/reopen")
	String reopen(@PathVariable Long campaignId, @PathVariable String key,
			@Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		accidents.requireConfirmer(user);
		SheetView sheet = accidents.sheet(campaignId, period, user);
		if (result.hasErrors()) {
			model.addAttribute("form", SheetForm.of(sheet));
			return sheet(model, campaignId, sheet, user);
		}
		try {
			accidents.reopen(campaignId, period, form.version(), form.reason(), user);
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			model.addAttribute("form", SheetForm.of(sheet));
			return sheet(model, campaignId, sheet, user);
		}
		Flash.success(redirect, "accident.reopened", period.monthLabel());
		return AccidentPages.sheet(campaignId, key);
	}

	private String sheet(Model model, Long campaignId, SheetView sheet, CurrentUser user) {
		CampaignView campaign = campaigns.get(campaignId);
		AccidentPages.header(model, campaign, AccidentPages.ACCIDENTS_TAB);
		model.addAttribute("sheet", sheet);
		model.addAttribute("editable", !campaign.isClosed() && !sheet.isConfirmed());
		model.addAttribute("cells", AccidentCells.ALL);
		model.addAttribute("canConfirm", !campaign.isClosed() && accidents.canConfirm(user));
		return SHEET;
	}
}
