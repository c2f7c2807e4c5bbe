package vn.atgt.thidua.document.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.document.CommendationDocuments;
import vn.atgt.thidua.document.DocumentFile;

/**
 * {@code /campaigns/{id}/documents/commendation/(submission|minutes)}: the tờ trình with its nominee list and the
 * biên bản of the voting meeting, as DOCX; a dossier without approved nominees or meeting goes back to the proposals
 * with the reason.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/documents/commendation")
class CommendationDocumentController {

	private final CommendationDocuments documents;

	CommendationDocumentController(CommendationDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/submission")
	Object submission(@PathVariable Long campaignId, CurrentUser user, RedirectAttributes redirect) {
		DocumentFile[] file = new DocumentFile[1];
		if (Forms.attempt(redirect, () -> file[0] = documents.submission(user, campaignId))) {
			return download(file[0]);
		}
		return "redirect:/campaigns/" + campaignId + "/commendations";
	}

	@GetMapping("/minutes")
	Object minutes(@PathVariable Long campaignId, CurrentUser user, RedirectAttributes redirect) {
		DocumentFile[] file = new DocumentFile[1];
		if (Forms.attempt(redirect, () -> file[0] = documents.minutes(user, campaignId))) {
			return download(file[0]);
		}
		return "redirect:/campaigns/" + campaignId + "/commendations";
	}

	private static ResponseEntity<byte[]> download(DocumentFile file) {
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
