package vn.atgt.thidua.accident.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

import tools.jackson.databind.json.JsonMapper;

import vn.atgt.thidua.accident.AccidentCells;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.AccidentProperties;
import vn.atgt.thidua.accident.AccidentQueries;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.ComparisonPage;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetPage;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
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
	/** Areas per page of the by-area table (a province has 170 communes). */
	static final int AREAS_PER_PAGE = 30;
	private static final String SHEET = "accident/sheet";

	private final AccidentService accidents;
	private final AccidentQueries queries;
	private final AccidentProperties properties;
	private final JsonMapper json;
	private final MessageSource messages;

	AccidentController(AccidentService accidents, AccidentQueries queries, AccidentProperties properties,
			JsonMapper json, MessageSource messages) {
		this.messages = messages;
		this.accidents = accidents;
		this.queries = queries;
		this.properties = properties;
		this.json = json;
	}

	@GetMapping
	String comparison(@PathVariable Long campaignId, @RequestParam(required = false) String scope,
			@PageableDefault(size = AREAS_PER_PAGE) Pageable areaPage, CurrentUser user, Locale locale,
			HttpServletRequest request, Model model) {
		ComparisonPage page = queries.comparisonPage(user, campaignId, scope, areaPage);
		AccidentPages.header(model, page.campaign(), AccidentPages.ACCIDENTS_TAB);
		model.addAttribute("comparison", page.comparison());
		model.addAttribute("scopeMonth", page.scopeMonth());
		model.addAttribute("byArea", page.byArea());
		model.addAttribute("mainCriteria", Criterion.main());
		model.addAttribute("otherCriteria", Criterion.others());
		model.addAttribute("view", ComparisonView.of(page, messages, locale));
		model.addAttribute("enterLink", request.getContextPath() + "/campaigns/" + campaignId + "/accidents/");
		model.addAttribute("chartJson", json.writeValueAsString(page.comparison().chart()));
		model.addAttribute("actions", page.actions());
		return "accident/comparison";
	}

	@GetMapping("/" + MONTH)
	String sheet(@PathVariable Long campaignId, @PathVariable String key, CurrentUser user, Model model) {
		SheetPage page = queries.sheetPage(user, campaignId, key);
		model.addAttribute("form", SheetForm.of(page.sheet()));
		model.addAttribute("reopenForm", ReopenForm.empty(page.sheet().version()));
		return show(model, page);
	}

	@PostMapping("/" + MONTH)
	String save(@PathVariable Long campaignId, @PathVariable String key, @Valid @ModelAttribute("form") SheetForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		SheetCommand command = form.toCommand(result, properties.plausibleDeaths());
		if (Forms.attempt(result, () -> accidents.save(user, campaignId, period, form.version(), command))) {
			Flash.success(redirect, "accident.saved", period.monthLabel());
			return AccidentPages.sheet(campaignId, key);
		}
		SheetPage page = queries.sheetPage(user, campaignId, key);
		model.addAttribute("reopenForm", ReopenForm.empty(page.sheet().version()));
		return show(model, page);
	}

	@PostMapping("/" + MONTH + "/confirm")
	@StandingOffice
	String confirm(@PathVariable Long campaignId, @PathVariable String key, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		accidents.confirm(user, campaignId, period, version);
		Flash.success(redirect, "accident.confirmed", period.monthLabel());
		return AccidentPages.sheet(campaignId, key);
	}

	@PostMapping("/" + MONTH + "/reopen")
	@StandingOffice
	String reopen(@PathVariable Long campaignId, @PathVariable String key,
			@Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccidentPeriod period = accidents.period(campaignId, key);
		if (Forms.attempt(result, () -> accidents.reopen(user, campaignId, period, form.version(), form.reason()))) {
			Flash.success(redirect, "accident.reopened", period.monthLabel());
			return AccidentPages.sheet(campaignId, key);
		}
		SheetPage page = queries.sheetPage(user, campaignId, key);
		model.addAttribute("form", SheetForm.of(page.sheet()));
		return show(model, page);
	}

	private static String show(Model model, SheetPage page) {
		AccidentPages.header(model, page.campaign(), AccidentPages.ACCIDENTS_TAB);
		model.addAttribute("sheet", page.sheet());
		model.addAttribute("actions", page.actions());
		model.addAttribute("cells", AccidentCells.ALL);
		return SHEET;
	}
}
