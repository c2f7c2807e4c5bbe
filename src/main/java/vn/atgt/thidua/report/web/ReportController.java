package vn.atgt.thidua.report.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.StorageProperties;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.report.EntryView;
import vn.atgt.thidua.report.EvidenceFile;
import vn.atgt.thidua.report.EvidenceService;
import vn.atgt.thidua.report.EvidenceUpload;
import vn.atgt.thidua.report.IncompleteReportException;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportPage;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;

/**
 * {@code /reports/{id}}: a report, filled in by its unit (one form: entries, narratives, general difficulties and
 * proposals, and files of evidence; "Lưu nháp" saves it as it is, the head's "Gửi báo cáo" saves and sends it) or read
 * by everyone else who may; its evidence files, downloaded as attachments.
 */
@Controller
@RequestMapping("/reports/{reportId}")
class ReportController {

	static final String VIEW = "report/report";

	private final ReportService reports;
	private final ReportQueries queries;
	private final EvidenceService evidence;
	private final StorageProperties storage;

	ReportController(ReportService reports, ReportQueries queries, EvidenceService evidence,
			StorageProperties storage) {
		this.reports = reports;
		this.queries = queries;
		this.evidence = evidence;
		this.storage = storage;
	}

	@GetMapping
	String show(@PathVariable Long reportId, CurrentUser user, Model model) {
		ReportPage page = queries.reportPage(user, reportId);
		model.addAttribute("form", ReportForm.of(page.report()));
		return page(model, page, null);
	}

	@PostMapping
	String save(@PathVariable Long reportId, @ModelAttribute("form") ReportForm form, BindingResult result,
			HttpServletRequest request, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportContent content = form.toContent(result);
		List<EvidenceUpload> uploads = EvidenceUploads.of(request, result);
		if (Forms.attempt(result, () -> reports.save(user, reportId, form.version(), content, uploads))) {
			Flash.success(redirect, "report.saved");
			return ReportPages.reportPage(reportId);
		}
		return page(model, queries.reportPage(user, reportId), result);
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long reportId, @ModelAttribute("form") ReportForm form, BindingResult result,
			HttpServletRequest request, CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportContent content = form.toContent(result);
		List<EvidenceUpload> uploads = EvidenceUploads.of(request, result);
		if (Forms.attempt(result, () -> reports.submit(user, reportId, form.version(), content, uploads))) {
			Flash.success(redirect, "report.submitted");
			return ReportPages.reportPage(reportId);
		}
		return page(model, queries.reportPage(user, reportId), result);
	}

	@PostMapping("/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable Long reportId, @PathVariable Long evidenceId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		evidence.removeEvidence(user, reportId, version, evidenceId);
		Flash.success(redirect, "report.evidence.removed");
		return ReportPages.reportPage(reportId);
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable Long reportId, @PathVariable Long evidenceId, CurrentUser user) {
		return attachment(evidence.evidenceFile(user, reportId, evidenceId, false));
	}

	@GetMapping("/evidence/{evidenceId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long reportId, @PathVariable Long evidenceId, CurrentUser user) {
		return attachment(evidence.evidenceFile(user, reportId, evidenceId, true));
	}

	private static ResponseEntity<byte[]> attachment(EvidenceFile file) {
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	/** The report page; after a refused save, with the form as the user sent it and its errors. */
	private String page(Model model, ReportPage page, BindingResult result) {
		ReportPages.header(model, page.campaign(), ReportPages.REPORTS_TAB);
		model.addAttribute("report", page.report());
		model.addAttribute("taskAreas", page.taskAreas());
		model.addAttribute("actions", page.actions());
		model.addAttribute("maxFileSize", storage.maxFileSize().toMegabytes() + " MB");
		model.addAttribute("missing", missing(page.report().entries(), result));
		return VIEW;
	}

	/** The entries a refused submission named as without an answer (listed above the form). */
	private static List<EntryView> missing(List<EntryView> entries, BindingResult result) {
		if (result == null || !result.hasFieldErrors()) {
			return List.of();
		}
		return entries.stream()
			.filter(e -> result.getFieldErrors(IncompleteReportException.field(e.targetId(), e.isMilestone())).stream()
				.anyMatch(error -> IncompleteReportException.ENTRY_MISSING.equals(error.getCode())))
			.toList();
	}
}
