package vn.atgt.thidua.document;

import java.util.Arrays;
import java.util.Optional;

import vn.atgt.thidua.common.i18n.Labelled;

/** The documents the product generates for a campaign; each has its own address under /campaigns/{id}/documents. */
public enum CampaignDocumentKind implements Labelled {
	/** The plan that launches the movement (kế hoạch phát động), from the campaign's plan data. */
	LAUNCH_PLAN("launch-plan"),
	/** The urging letter (công văn đôn đốc) to late units, drafted by the standing office from the late list. */
	URGING_LETTER("urging-letter");

	private final String slug;

	CampaignDocumentKind(String slug) {
		this.slug = slug;
	}

	/** The last part of the download address ("launch-plan"). */
	public String slug() {
		return slug;
	}

	public static Optional<CampaignDocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

	@Override
	public String messageKey() {
		return "document.kind." + name();
	}

	/** True for a document drafted for a selection (the late units of the urging letter), not from the campaign alone. */
	public boolean needsSelection() {
		return this == URGING_LETTER;
	}

	/** The key of the line that says what the document holds. */
	public String helpKey() {
		return messageKey() + ".help";
	}
}
