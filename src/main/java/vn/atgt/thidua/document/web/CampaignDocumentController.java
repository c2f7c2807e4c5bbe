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
import vn.atgt.thidua.document.KeptFiles;

/**
 * {@code /campaigns/{id}/documents}: the documents of a campaign and their download (every signed-in user), and the
 * files kept as signed (a restricted one for the committee only).
 */
@Controller
@RequestMapping("/campaigns/{id}/documents")
class CampaignDocumentController {

	private final CampaignDocuments documents;
	private final KeptFiles keptFiles;

	CampaignDocumentController(CampaignDocuments documents, KeptFiles keptFiles) {
		this.documents = documents;
		this.keptFiles = keptFiles;
	}

	@GetMapping
	String list(@PathVariable Long id, CurrentUser user, Model model) {
		CampaignDocumentsPage page = documents.page(user, id);
		model.addAttribute("campaign", page.campaign());
		model.addAttribute("tab", "documents");
		model.addAttribute("documents", page.documents());
		model.addAttribute("kept", page.kept());
		model.addAttribute("actions", page.actions());
		return "document/campaign-documents";
	}

	@GetMapping("/kept/{keptId}")
	ResponseEntity<byte[]> kept(@PathVariable Long id, @PathVariable Long keptId, CurrentUser user) {
		DocumentFile file = keptFiles.content(user, id, keptId);
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}

	@GetMapping("/{slug}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable String slug, CurrentUser user) {
		CampaignDocumentKind kind = CampaignDocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("document", slug));
		DocumentFile file = documents.generate(user, id, kind);
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
