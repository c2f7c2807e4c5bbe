package vn.atgt.thidua.exemplar.web;

import jakarta.validation.constraints.NotNull;

/**
 * The office's recognition of a proposed exemplar (publishable or not), the publishable flag of a recognised one, or
 * the head's proposal (only the version). An unticked box sends nothing: {@code publishable} is then null, read as no.
 */
record DecisionForm(Boolean publishable, @NotNull(message = "{validation.staleForm}") Long version) {

	static DecisionForm of(boolean publishable, long version) {
		return new DecisionForm(publishable, version);
	}

	boolean publish() {
		return Boolean.TRUE.equals(publishable);
	}
}
