package vn.atgt.thidua.submission.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.submission.SubmissionDownload;
import vn.atgt.thidua.submission.SubmissionFilter;
import vn.atgt.thidua.submission.SubmissionKind;
import vn.atgt.thidua.submission.SubmissionQueries;
import vn.atgt.thidua.submission.SubmissionService;
import vn.atgt.thidua.submission.SubmissionStatus;

/**
 * {@code /submissions}: the parent office's queue of what its child committees sent, the child's list of what it sent,
 * a sending's page with its frozen files (one by one or as a ZIP), and the parent's steps (receive, return with a
 * reason, accept).
 */
@Controller
@RequestMapping("/submissions")
class SubmissionController {

	static final int PAGE_SIZE = 20;

	private final SubmissionService submissions;
	private final SubmissionQueries queries;

	SubmissionController(SubmissionService submissions, SubmissionQueries queries) {
		this.submissions = submissions;
		this.queries = queries;
	}

	@GetMapping
	String queue(@RequestParam(required = false) SubmissionStatus status,
			@RequestParam(required = false) Long committeeId, @RequestParam(required = false) SubmissionKind kind,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		SubmissionFilter filter = new SubmissionFilter(status, committeeId, kind);
		return SubmissionPages.queue(model, queries.queue(user, filter, pageable), filter);
	}

	@GetMapping("/sent")
	String sent(@PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user, Model model) {
		return SubmissionPages.queue(model, queries.sent(user, pageable), new SubmissionFilter(null, null, null));
	}

	@GetMapping("/{submissionId}")
	String show(@PathVariable Long submissionId, CurrentUser user, Model model) {
		return SubmissionPages.show(model, queries.page(user, submissionId));
	}

	@GetMapping("/{submissionId}/files/{submissionFileId}")
	ResponseEntity<byte[]> file(@PathVariable Long submissionId, @PathVariable Long submissionFileId,
			CurrentUser user) {
		return download(queries.file(user, submissionId, submissionFileId));
	}

	@GetMapping("/{submissionId}/zip")
	ResponseEntity<byte[]> zip(@PathVariable Long submissionId, CurrentUser user) {
		return download(queries.zip(user, submissionId));
	}

	@PostMapping("/{submissionId}/receive")
	String receive(@PathVariable Long submissionId, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> submissions.receive(user, submissionId, form.version()))) {
			Flash.success(redirect, "submission.received");
			return SubmissionPages.view(submissionId);
		}
		return SubmissionPages.show(model, queries.page(user, submissionId));
	}

	@PostMapping("/{submissionId}/return")
	String returnSubmission(@PathVariable Long submissionId, @Valid @ModelAttribute("returnForm") ReasonForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> submissions.returnWith(user, submissionId, form.version(), form.reason()))) {
			Flash.success(redirect, "submission.returned");
			return SubmissionPages.view(submissionId);
		}
		return SubmissionPages.show(model, queries.page(user, submissionId));
	}

	@PostMapping("/{submissionId}/accept")
	String accept(@PathVariable Long submissionId, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result, () -> submissions.accept(user, submissionId, form.version()))) {
			Flash.success(redirect, "submission.accepted");
			return SubmissionPages.view(submissionId);
		}
		return SubmissionPages.show(model, queries.page(user, submissionId));
	}

	private static ResponseEntity<byte[]> download(SubmissionDownload file) {
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}
}
