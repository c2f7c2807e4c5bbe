package vn.atgt.thidua.submission.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.common.web.ReasonForm;
import vn.atgt.thidua.submission.QueuePage;
import vn.atgt.thidua.submission.SendPage;
import vn.atgt.thidua.submission.SubmissionFilter;
import vn.atgt.thidua.submission.SubmissionKind;
import vn.atgt.thidua.submission.SubmissionPage;
import vn.atgt.thidua.submission.SubmissionStatus;

/** What the submission pages put in the model, and where their handlers go next. */
final class SubmissionPages {

	static final String TAB = "sendUpward";

	private SubmissionPages() {
	}

	static String queue(Model model, QueuePage page, SubmissionFilter filter) {
		model.addAttribute("queue", page);
		model.addAttribute("rows", page.rows());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", SubmissionStatus.values());
		model.addAttribute("kinds", SubmissionKind.values());
		return "submission/queue";
	}

	/** A sending's page; a refused return keeps its reason and error, the other forms start empty. */
	static String show(Model model, SubmissionPage page) {
		model.addAttribute("submission", page.submission());
		model.addAttribute("actions", page.actions());
		model.addAttribute("incoming", page.incoming());
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", ReasonForm.empty(page.submission().version()));
		}
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", new VersionForm(page.submission().version()));
		}
		return "submission/view";
	}

	static String send(Model model, SendPage page) {
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", TAB);
		model.addAttribute("page", page);
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", SendForm.empty());
		}
		if (!model.containsAttribute("dossierForm")) {
			model.addAttribute("dossierForm", SendForm.empty());
		}
		return "submission/send";
	}

	static String view(Long submissionId) {
		return "redirect:/submissions/" + submissionId;
	}
}
