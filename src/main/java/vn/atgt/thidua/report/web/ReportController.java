package vn.atgt.thidua.report.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.storage.StorageProperties;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.report.EntryView;
import vn.atgt.thidua.report.EvidenceFile;
import vn.atgt.thidua.report.EvidenceUpload;
import vn.atgt.thidua.report.IncompleteReportException;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportView;

/**
 * {@code /reports/{id}}: a report, filled in by its unit (one form: entries, narratives, general difficulties and
 * proposals, and files of evidence; "Lưu nháp" saves it as it is, the head's "Gửi báo cáo" saves and sends it) or read
 * by everyone else who may; its evidence files, downloaded as attachments.
 */
@Controller
@RequestMapping("/reports/{reportId}")
class ReportController {

	static final String VIEW = "report/report";
	/** The file input of the report as a whole; an entry's is {@code evidence-<target id>}. */
	static final String EVIDENCE = "evidence";

	private final CampaignService campaigns;
	private final ReportService reports;
	private final StorageProperties storage;

	ReportController(CampaignService campaigns, ReportService reports, StorageProperties storage) {
		this.campaigns = campaigns;
		this.reports = reports;
		this.storage = storage;
	}

	@GetMapping
	String show(@PathVariable Long reportId, CurrentUser user, Model model) {
		ReportView report = reports.report(user, reportId);
		model.addAttribute("form", ReportForm.of(report));
		return page(model, report, user);
	}

	@PostMapping
	String save(@PathVariable Long reportId, @ModelAttribute("form") ReportForm form, BindingResult result,
			HttpServletRequest request, CurrentUser user, Model model, RedirectAttributes redirect) {
		return write(reportId, form, result, request, user, model, redirect, false);
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long reportId, @ModelAttribute("form") ReportForm form, BindingResult result,
			HttpServletRequest request, CurrentUser user, Model model, RedirectAttributes redirect) {
		return write(reportId, form, result, request, user, model, redirect, true);
	}

	private String write(Long reportId, ReportForm form, BindingResult result, HttpServletRequest request,
			CurrentUser user, Model model, RedirectAttributes redirect, boolean submit) {
		ReportView report = reports.report(user, reportId);
		List<Long> areas = campaigns.taskAreas(report.campaignId()).stream().map(TaskAreaView::id).toList();
		ReportContent content = form.toContent(report, areas, result);
		List<EvidenceUpload> uploads = uploads(request, result);
		if (!result.hasErrors()) {
			try {
				if (submit) {
					reports.submit(user, reportId, form.version(), content, uploads);
					Flash.success(redirect, "report.submitted");
				}
				else {
					reports.save(user, reportId, form.version(), content, uploads);
					Flash.success(redirect, "report.saved");
				}
				return ReportPages.reportPage(reportId);
			}
			catch (IncompleteReportException e) {
				Set<Long> missing = Set.copyOf(e.missingTargetIds());
				List<EntryView> entries = report.entries().stream().filter(x -> missing.contains(x.targetId())).toList();
				for (EntryView entry : entries) {
					result.rejectValue((entry.isMilestone() ? "done[" : "values[") + entry.targetId() + "]",
							"report.entry.missing");
				}
				result.reject(e.messageKey(), e.arguments(), e.messageKey());
				model.addAttribute("missing", entries);
			}
			catch (DomainException e) {
				Forms.reject(result, e);
			}
			catch (OptimisticLockingFailureException e) {
				Forms.reject(result, new StaleDataException());
			}
		}
		return page(model, report, user);
	}

	/** The files chosen on the page: the report's own, and each entry's (by target id); unchosen inputs are skipped. */
	private static List<EvidenceUpload> uploads(HttpServletRequest request, BindingResult result) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<EvidenceUpload> uploads = new ArrayList<>();
		if (multipart == null) {
			return uploads;
		}
		String caption = multipart.getParameter("evidenceCaption");
		for (Map.Entry<String, List<MultipartFile>> input : multipart.getMultiFileMap().entrySet()) {
			Long targetId = targetOf(input.getKey());
			if (targetId == null && !input.getKey().equals(EVIDENCE)) {
				continue;
			}
			for (MultipartFile file : input.getValue()) {
				if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
					continue;
				}
				try {
					uploads.add(new EvidenceUpload(targetId, file.getOriginalFilename(), file.getBytes(),
							targetId == null ? caption : null));
				}
				catch (IOException e) {
					result.reject("report.evidence.unreadable", new Object[] { file.getOriginalFilename() }, null);
				}
			}
		}
		return uploads;
	}

	private static Long targetOf(String inputName) {
		if (!inputName.startsWith(EVIDENCE + "-")) {
			return null;
		}
		try {
			return Long.valueOf(inputName.substring(EVIDENCE.length() + 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	@PostMapping("/evidence/{evidenceId}/delete")
	String removeEvidence(@PathVariable Long reportId, @PathVariable Long evidenceId, @RequestParam long version,
			CurrentUser user, RedirectAttributes redirect) {
		reports.removeEvidence(user, reportId, version, evidenceId);
		Flash.success(redirect, "report.evidence.removed");
		return ReportPages.reportPage(reportId);
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable Long reportId, @PathVariable Long evidenceId, CurrentUser user) {
		return attachment(reports.evidenceFile(user, reportId, evidenceId, false));
	}

	@GetMapping("/evidence/{evidenceId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long reportId, @PathVariable Long evidenceId, CurrentUser user) {
		return attachment(reports.evidenceFile(user, reportId, evidenceId, true));
	}

	private static ResponseEntity<byte[]> attachment(EvidenceFile file) {
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	private String page(Model model, ReportView report, CurrentUser user) {
		CampaignView campaign = campaigns.get(report.campaignId());
		ReportPages.header(model, campaign, ReportPages.REPORTS_TAB);
		boolean active = campaign.isActive();
		boolean canEdit = active && report.editable() && user.worksFor(report.unitId());
		model.addAttribute("report", report);
		model.addAttribute("taskAreas", campaigns.taskAreas(report.campaignId()));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("canSubmit", canEdit && user.has(Role.UNIT_HEAD));
		model.addAttribute("waitsForHead", canEdit && !user.has(Role.UNIT_HEAD));
		model.addAttribute("canDecide", active && ReportPages.decides(user) && report.status() == ReportStatus.SUBMITTED);
		model.addAttribute("canReopen", active && ReportPages.decides(user) && report.status() == ReportStatus.ACCEPTED);
		model.addAttribute("seesAll", user.seesAllUnits());
		model.addAttribute("maxFileSize", storage.maxFileSize().toMegabytes() + " MB");
		if (!model.containsAttribute("missing")) {
			model.addAttribute("missing", List.of());
		}
		return VIEW;
	}
}
