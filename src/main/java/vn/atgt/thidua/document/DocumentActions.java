package vn.atgt.thidua.document;

import java.util.Set;

/**
 * Which of a campaign's documents the signed-in user may draft, from {@link DocumentAccess#actions}; the document list
 * offers exactly these.
 */
public record DocumentActions(Set<CampaignDocumentKind> draftable) {

	public DocumentActions {
		draftable = Set.copyOf(draftable);
	}

	/** True when the user may draft (download) that document of the campaign. */
	public boolean draft(CampaignDocumentKind kind) {
		return draftable.contains(kind);
	}
}
