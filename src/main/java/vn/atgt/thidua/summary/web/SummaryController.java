package vn.atgt.thidua.summary.web;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.summary.SectionKey;
import vn.atgt.thidua.summary.SummaryDocument;
import vn.atgt.thidua.summary.SummaryFile;
import vn.atgt.thidua.summary.SummaryFinalisation;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryListPage;
import vn.atgt.thidua.summary.SummaryPage;
import vn.atgt.thidua.summary.SummaryQueries;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.summary.SummaryWorkbook;
import vn.atgt.thidua.summary.web.SummaryForms.ButtonForm;
import vn.atgt.thidua.summary.web.SummaryForms.CreateForm;
import vn.atgt.thidua.summary.web.SummaryForms.HighlightsForm;
import vn.atgt.thidua.summary.web.SummaryForms.PickerForm;
import vn.atgt.thidua.summary.web.SummaryForms.SectionForm;

/**
 * {@code /campaigns/{id}/summary-reports}: the six-month and year-end reports of a campaign — the list and a new
 * report, a report's sections, the office's texts, highlights, refreshing the figures, finalising, the DOCX.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/summary-reports")
class SummaryController {

	private final SummaryService summaries;
	private final SummaryQueries queries;
	private final SummaryDocument documents;
	private final SummaryWorkbook workbooks;
	private final SummaryFinalisation finalisation;

	SummaryController(SummaryService summaries, SummaryQueries queries, SummaryDocument documents,
			SummaryWorkbook workbooks, SummaryFinalisation finalisation) {
		this.finalisation = finalisation;
		this.summaries = summaries;
		this.queries = queries;
		this.documents = documents;
		this.workbooks = workbooks;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("form", CreateForm.empty());
		return list(model, queries.listPage(user, campaignId));
	}

	@PostMapping
	String create(@PathVariable Long campaignId, @Valid @ModelAttribute("form") CreateForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		var id = Forms.attemptReturning(result, () -> summaries.create(user, campaignId, form.toCommand()));
		if (id.isPresent()) {
			Flash.success(redirect, "summary.created");
			return redirect(campaignId, id.get());
		}
		return list(model, queries.listPage(user, campaignId));
	}

	@GetMapping("/{reportId}")
	String show(@PathVariable Long campaignId, @PathVariable Long reportId, @ModelAttribute("pickerForm") PickerForm picker,
			BindingResult filter, CurrentUser user, Model model) {
		SummaryPage page = queries.page(user, campaignId, reportId, picker.toFilter(filter));
		model.addAttribute("highlightsForm", HighlightsForm.of(page));
		return show(model, page);
	}

	@PostMapping("/{reportId}/highlights")
	String highlights(@PathVariable Long campaignId, @PathVariable Long reportId,
			@ModelAttribute("highlightsForm") HighlightsForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> summaries.chooseHighlights(user, campaignId, reportId, form.version(),
				form.narrativeIds()))) {
			Flash.success(redirect, "summary.highlights.saved");
			form.picker().addTo(redirect);
			return redirect(campaignId, reportId) + "#highlights-title";
		}
		return show(model, queries.page(user, campaignId, reportId, form.picker().toFilter(result)));
	}

	@GetMapping("/{reportId}/sections/{key}")
	String section(@PathVariable Long campaignId, @PathVariable Long reportId, @PathVariable String key,
			CurrentUser user, Model model) {
		SummaryPage page = queries.report(user, campaignId, reportId);
		SectionKey section = key(key);
		model.addAttribute("form", new SectionForm(page.report().section(section).body(), page.report().version()));
		return section(model, page, section);
	}

	@PostMapping("/{reportId}/sections/{key}")
	String write(@PathVariable Long campaignId, @PathVariable Long reportId, @PathVariable String key,
			@ModelAttribute("form") SectionForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		SectionKey section = key(key);
		if (Forms.attempt(result, () -> summaries.write(user, campaignId, reportId, form.version(), section,
				form.text()))) {
			Flash.success(redirect, "summary.section.saved");
			return redirect(campaignId, reportId);
		}
		return section(model, queries.report(user, campaignId, reportId), section);
	}

	@PostMapping("/{reportId}/refresh")
	String refresh(@PathVariable Long campaignId, @PathVariable Long reportId, @ModelAttribute ButtonForm form,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (button(result, redirect) && Forms.attempt(redirect,
				() -> summaries.refresh(user, campaignId, reportId, form.version(), form.replaceEdits()))) {
			Flash.success(redirect, "summary.refreshed");
		}
		return redirect(campaignId, reportId);
	}

	@PostMapping("/{reportId}/finalise")
	String finalise(@PathVariable Long campaignId, @PathVariable Long reportId, @ModelAttribute ButtonForm form,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (button(result, redirect)
				&& Forms.attempt(redirect, () -> finalisation.finalise(user, campaignId, reportId, form.version()))) {
			Flash.success(redirect, "summary.finalised");
		}
		return redirect(campaignId, reportId);
	}

	@GetMapping("/{reportId}/docx")
	ResponseEntity<byte[]> docx(@PathVariable Long campaignId, @PathVariable Long reportId, CurrentUser user) {
		SummaryFile file = documents.docx(user, campaignId, reportId);
		return Downloads.attachment(file.content(), file.fileName(), Downloads.DOCX);
	}

	@GetMapping("/{reportId}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long campaignId, @PathVariable Long reportId, CurrentUser user) {
		SummaryFile file = workbooks.xlsx(user, campaignId, reportId);
		return Downloads.xlsx(file.content(), file.fileName());
	}

	private static boolean button(BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.danger(redirect, "summary.form.invalid");
			return false;
		}
		return true;
	}

	private static SectionKey key(String key) {
		return Arrays.stream(SectionKey.values()).filter(k -> k.name().equalsIgnoreCase(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("section", key));
	}

	private static String list(Model model, SummaryListPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", SummaryTabConfig.TAB);
		model.addAttribute("reports", page.reports());
		model.addAttribute("periods", page.periods());
		model.addAttribute("kinds", SummaryKind.values());
		model.addAttribute("actions", page.actions());
		return "summary/list";
	}

	private static String show(Model model, SummaryPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", SummaryTabConfig.TAB);
		model.addAttribute("report", page.report());
		model.addAttribute("picker", page.picker());
		model.addAttribute("actions", page.actions());
		return "summary/report";
	}

	private static String section(Model model, SummaryPage page, SectionKey key) {
		if (!page.actions().edit()) {
			throw new org.springframework.security.access.AccessDeniedException("the report is not editable");
		}
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", SummaryTabConfig.TAB);
		model.addAttribute("report", page.report());
		model.addAttribute("section", page.report().section(key));
		return "summary/section";
	}

	private static String redirect(Long campaignId, Long reportId) {
		return "redirect:/campaigns/" + campaignId + "/summary-reports/" + reportId;
	}
}
