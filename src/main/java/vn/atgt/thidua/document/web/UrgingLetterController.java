package vn.atgt.thidua.document.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.StandingOffice;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.document.CampaignDocuments;
import vn.atgt.thidua.document.DocumentFile;
import vn.atgt.thidua.monitoring.ItemSelection;

/**
 * {@code /campaigns/{id}/documents/urging-letter}: the urging letter to the units selected on the late list (the second
 * button of its form posts here), about the selected item ({@code item}: empty for every late item,
 * {@code registration}, or a period's id); also as a GET link with the same parameters. Standing office and
 * administrators only. Without a unit, or with none late, the refusal goes back to the list with its reason.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/documents/urging-letter")
class UrgingLetterController {

	private final CampaignDocuments documents;

	UrgingLetterController(CampaignDocuments documents) {
		this.documents = documents;
	}

	@RequestMapping(method = { RequestMethod.GET, RequestMethod.POST })
	@StandingOffice
	ResponseEntity<byte[]> download(@PathVariable Long campaignId,
			@RequestParam(name = "unitIds", required = false) List<Long> unitIds,
			@RequestParam(required = false) String item, CurrentUser user) {
		DocumentFile file = documents.urgingLetter(user, campaignId, ItemSelection.parse(item),
				unitIds == null ? List.of() : unitIds);
		return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.kind().contentType()));
	}
}
