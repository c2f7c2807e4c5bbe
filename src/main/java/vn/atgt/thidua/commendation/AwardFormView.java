package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An award form as every page and module reads it; the parts in the order of the dossier. */
public record AwardFormView(Long id, String code, String name, AwardBasis basis, String decider, String legalBasis,
		LocalDate validFrom, LocalDate validTo, boolean forCollective, boolean forIndividual,
		boolean viaHigherCommittee, List<DossierPart> parts, long version) {

	/** True when a decision dated that day may confer it. */
	public boolean validOn(LocalDate day) {
		return day != null && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	/** True when it may be conferred on that kind of nominee. */
	public boolean accepts(NomineeKind kind) {
		return kind == NomineeKind.COLLECTIVE ? forCollective : forIndividual;
	}

	public boolean needs(DossierPart part) {
		return parts.contains(part);
	}

	public AwardFormCommand toCommand() {
		return new AwardFormCommand(code, name, basis, decider, legalBasis, validFrom, validTo, forCollective,
				forIndividual, viaHigherCommittee, java.util.Set.copyOf(parts));
	}

	static List<DossierPart> ordered(java.util.Collection<DossierPart> parts) {
		return Arrays.stream(DossierPart.values()).filter(parts::contains).toList();
	}
}
