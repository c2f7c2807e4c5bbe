package vn.atgt.thidua.commendation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.commendation.NomineeComments;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /public/campaigns/{id}/nominees/{pid}/comment} (no sign-in; CSRF-protected like every form): the public's
 * comment on a nominee published for comment; 404 outside its window, 429 past the rate limit of the address.
 */
@Controller
@RequestMapping("/public/campaigns/{campaignId}/nominees/{proposalId}/comment")
class PublicCommentController {

	private final NomineeComments comments;

	PublicCommentController(NomineeComments comments) {
		this.comments = comments;
	}

	@GetMapping
	String form(@PathVariable Long campaignId, @PathVariable Long proposalId, Model model) {
		model.addAttribute("form", CommentForm.empty());
		return show(model, campaignId, proposalId);
	}

	@PostMapping
	String comment(@PathVariable Long campaignId, @PathVariable Long proposalId,
			@Valid @ModelAttribute("form") CommentForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!comments.admits(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		if (Forms.attempt(result, () -> comments.comment(campaignId, proposalId, form.toCommand(),
				request.getRemoteAddr()))) {
			Flash.success(redirect, "comment.saved");
			return "redirect:/public/campaigns/" + campaignId;
		}
		return show(model, campaignId, proposalId);
	}

	private String show(Model model, Long campaignId, Long proposalId) {
		model.addAttribute("campaignId", campaignId);
		model.addAttribute("nominee", comments.nominee(campaignId, proposalId));
		return "commendation/public-comment";
	}
}
