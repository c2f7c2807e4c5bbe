package vn.atgt.thidua.commendation.web;

import java.io.IOException;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.commendation.DossierPart;
import vn.atgt.thidua.commendation.ProposalFile;
import vn.atgt.thidua.commendation.ProposalFileService;
import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/commendations/{pid}/files}: attaches the signed report or the certification to a proposal;
 * {@code …/files/{part}} downloads it for whoever reads the proposal.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/commendations/{proposalId}/files")
class ProposalFileController {

	private final ProposalFileService files;
	private final ProposalQueries queries;

	ProposalFileController(ProposalFileService files, ProposalQueries queries) {
		this.files = files;
		this.queries = queries;
	}

	@PostMapping
	String attach(@PathVariable Long campaignId, @PathVariable Long proposalId,
			@Valid @ModelAttribute("fileForm") ProposalFileForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		byte[] content = form.file() == null ? null : form.file().getBytes();
		String name = form.file() == null ? null : form.file().getOriginalFilename();
		if (Forms.attempt(result, () -> files.attach(user, campaignId, proposalId, form.version(), form.part(), name,
				content))) {
			Flash.success(redirect, "proposal.file.attached");
			return ProposalPages.view(campaignId, proposalId);
		}
		return ProposalPages.show(model, queries.page(user, campaignId, proposalId));
	}

	@GetMapping("/{part}")
	ResponseEntity<byte[]> download(@PathVariable Long campaignId, @PathVariable Long proposalId,
			@PathVariable DossierPart part, CurrentUser user) {
		ProposalFile file = files.file(user, campaignId, proposalId, part);
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}
}
