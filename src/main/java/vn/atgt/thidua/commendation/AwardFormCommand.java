package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.Set;

/** An award form as the administrator writes it. */
public record AwardFormCommand(String code, String name, AwardBasis basis, String decider, String legalBasis,
		LocalDate validFrom, LocalDate validTo, boolean forCollective, boolean forIndividual,
		boolean viaHigherCommittee, Set<DossierPart> parts) {

	public AwardFormCommand {
		parts = parts == null ? Set.of() : Set.copyOf(parts);
	}
}
