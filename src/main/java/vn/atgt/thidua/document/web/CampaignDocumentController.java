package vn.atgt.thidua.document.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.document.CampaignDocumentKind;
import vn.atgt.thidua.document.CampaignDocuments;
import vn.atgt.thidua.document.CampaignDocumentsPage;
import vn.atgt.thidua.document.DocumentFile;

/** {@code /campaigns/{id}/documents}: the documents of a campaign, and their download (every signed-in user). */
@Controller
@RequestMapping("/campaigns/{id}/documents")
class CampaignDocumentController {

	private final CampaignDocuments documents;

	CampaignDocumentController(CampaignDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	String list(@PathVariable Long id, CurrentUser user, Model model) {
		CampaignDocumentsPage page = documents.page(user, id);
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", "documents");
		model.addAttribute("documents", page.documents());
		model.addAttribute("actions", page.actions());
		return "document/campaign-documents";
	}

	@GetMapping("/{slug}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable String slug, CurrentUser user) {
		CampaignDocumentKind kind = CampaignDocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("document", slug));
		DocumentFile file = documents.generate(user, id, kind);
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
