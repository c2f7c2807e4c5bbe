package vn.atgt.thidua.submission.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.submission.SubmissionQueries;
import vn.atgt.thidua.submission.SubmissionService;

/**
 * {@code /campaigns/{id}/send-upward}: what the campaign's office may send to the parent committee (the finalised
 * year-end report, the commendation dossier per deciding level) and what it sent, with their status and the parent's
 * reasons.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/send-upward")
class SendUpwardController {

	private final SubmissionService submissions;
	private final SubmissionQueries queries;

	SendUpwardController(SubmissionService submissions, SubmissionQueries queries) {
		this.submissions = submissions;
		this.queries = queries;
	}

	@GetMapping
	String page(@PathVariable Long campaignId, CurrentUser user, Model model) {
		return SubmissionPages.send(model, queries.sendPage(user, campaignId));
	}

	@PostMapping("/report")
	String sendReport(@PathVariable Long campaignId, @ModelAttribute("reportForm") SendForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return sent(Forms.attemptReturning(result, () -> submissions.sendReport(user, campaignId, form.reportId())),
				campaignId, user, model, redirect);
	}

	@PostMapping("/dossier")
	String sendDossier(@PathVariable Long campaignId, @ModelAttribute("dossierForm") SendForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		return sent(Forms.attemptReturning(result, () -> submissions.sendDossier(user, campaignId, form.decider())),
				campaignId, user, model, redirect);
	}

	private String sent(Optional<Long> id, Long campaignId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (id.isPresent()) {
			Flash.success(redirect, "submission.sent");
			return SubmissionPages.view(id.get());
		}
		return SubmissionPages.send(model, queries.sendPage(user, campaignId));
	}
}
