package vn.atgt.thidua.exemplar;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The life of an exemplar: the unit drafts it and proposes it ({@code PROPOSED}); the standing office recognises it
 * ({@code RECOGNISED}) or returns it with a reason ({@code RETURNED}), after which the unit edits it and proposes it
 * again. Only a draft or a returned exemplar changes.
 */
public enum ExemplarStatus implements Labelled {
	DRAFT, PROPOSED, RECOGNISED, RETURNED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	@Override
	public String messageKey() {
		return "exemplar.status." + name();
	}
}
