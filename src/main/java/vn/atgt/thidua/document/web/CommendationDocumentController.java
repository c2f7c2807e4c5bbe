package vn.atgt.thidua.document.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.document.CommendationDocuments;
import vn.atgt.thidua.document.CommendationDossier;
import vn.atgt.thidua.document.DossierArchive;
import vn.atgt.thidua.document.DocumentFile;

/**
 * {@code /campaigns/{id}/documents/commendation/(submission|minutes|cover|dossier)}: the tờ trình with its nominee list,
 * the biên bản of the voting meeting and the cover list as DOCX, and the whole dossier for a deciding level as a ZIP;
 * a dossier without approved nominees or meeting goes back to the proposals with the reason.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/documents/commendation")
class CommendationDocumentController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final CommendationDocuments documents;
	private final CommendationDossier dossiers;

	CommendationDocumentController(CommendationDocuments documents, CommendationDossier dossiers) {
		this.documents = documents;
		this.dossiers = dossiers;
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

	@GetMapping("/cover")
	Object cover(@PathVariable Long campaignId, @RequestParam(required = false) String decider, CurrentUser user,
			RedirectAttributes redirect) {
		DocumentFile[] file = new DocumentFile[1];
		if (Forms.attempt(redirect, () -> file[0] = dossiers.coverList(user, campaignId, decider))) {
			return download(file[0]);
		}
		return "redirect:/campaigns/" + campaignId + "/commendations";
	}

	@GetMapping("/dossier")
	Object dossier(@PathVariable Long campaignId, @RequestParam(required = false) String decider, CurrentUser user,
			RedirectAttributes redirect) {
		DossierArchive[] archive = new DossierArchive[1];
		if (Forms.attempt(redirect, () -> archive[0] = dossiers.archive(user, campaignId, decider))) {
			return Downloads.attachment(archive[0].content(), archive[0].fileName(), ZIP);
		}
		return "redirect:/campaigns/" + campaignId + "/commendations";
	}

	private static ResponseEntity<byte[]> download(DocumentFile file) {
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
