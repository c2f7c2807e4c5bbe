package vn.atgt.thidua.document;

/** A line of a campaign's document list: which document, and the name its file downloads under. */
public record CampaignDocumentRow(CampaignDocumentKind kind, String fileName) {
}
