package vn.atgt.thidua.document.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.document.CampaignDocumentKind;
import vn.atgt.thidua.document.CampaignDocuments;
import vn.atgt.thidua.document.DocumentFile;

/** {@code /campaigns/{id}/documents}: the documents of a campaign, and their download (every signed-in user). */
@Controller
@RequestMapping("/campaigns/{id}/documents")
class CampaignDocumentController {

	private final CampaignService campaigns;
	private final CampaignDocuments documents;

	CampaignDocumentController(CampaignService campaigns, CampaignDocuments documents) {
		this.campaigns = campaigns;
		this.documents = documents;
	}

	@GetMapping
	String list(@PathVariable Long id, Model model) {
		model.addAttribute("campaign", campaigns.get(id));
		model.addAttribute("tab", "documents");
		model.addAttribute("documents", documents.available(id));
		return "document/campaign-documents";
	}

	@GetMapping("/{slug}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable String slug) {
		CampaignDocumentKind kind = CampaignDocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("document", slug));
		DocumentFile file = documents.generate(id, kind);
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
