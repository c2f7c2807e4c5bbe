package vn.atgt.thidua.commendation;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The life of a proposal (issue 16): {@code DRAFT → SUBMITTED → RETURNED | ACCEPTED → [PUBLISHED] → APPROVED |
 * REJECTED → FORWARDED → DECIDED | NOT_AWARDED}. A returned proposal is edited like a draft and submitted again;
 * publishing the nominees is optional (DOMAIN.md §1.5); approval follows the voting meeting; the decision is the
 * deciding level's, recorded by the office.
 */
public enum ProposalStatus implements Labelled {
	DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED, APPROVED, REJECTED, FORWARDED, DECIDED, NOT_AWARDED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** True once the office took it into the dossier (accepted and after, unless refused). */
	public boolean inDossier() {
		return this == ACCEPTED || this == PUBLISHED || this == APPROVED || this == FORWARDED || this == DECIDED;
	}

	@Override
	public String messageKey() {
		return "proposal.status." + name();
	}
}
