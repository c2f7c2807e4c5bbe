package vn.atgt.thidua.document;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The campaign tab "Văn bản": the campaign, its documents with their file names, the files kept as signed that the
 * user may read, which documents the user may draft.
 */
public record CampaignDocumentsPage(CampaignView campaign, List<CampaignDocumentRow> documents,
		List<KeptFileRow> kept, DocumentActions actions) {
}
