package vn.atgt.thidua.commendation.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.commendation.AwardBasis;
import vn.atgt.thidua.commendation.AwardFormCommand;
import vn.atgt.thidua.commendation.AwardFormView;
import vn.atgt.thidua.commendation.DossierPart;

/** An award form as the administrator's form shows it; unticked boxes send nothing (read as no). */
record AwardFormForm(
		@NotBlank(message = "{award.code.required}") @Size(max = 40, message = "{validation.tooLong}")
		@Pattern(regexp = "[A-Za-z0-9-]*", message = "{award.code.pattern}") String code,
		@NotBlank(message = "{award.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@NotNull(message = "{award.basis.required}") AwardBasis basis,
		@NotBlank(message = "{award.decider.required}") @Size(max = 300, message = "{validation.tooLong}") String decider,
		@NotBlank(message = "{award.legalBasis.required}") @Size(max = 1000, message = "{validation.tooLong}") String legalBasis,
		@NotNull(message = "{award.validFrom.required}") LocalDate validFrom,
		LocalDate validTo,
		Boolean forCollective,
		Boolean forIndividual,
		Boolean viaHigherCommittee,
		Set<DossierPart> parts,
		long version) {

	static AwardFormForm empty() {
		return new AwardFormForm("", "", AwardBasis.THEMATIC, "", "", null, null, true, true, false,
				EnumSet.of(DossierPart.SUBMISSION, DossierPart.ACHIEVEMENT_REPORT, DossierPart.MEETING_MINUTES), 0);
	}

	static AwardFormForm of(AwardFormView f) {
		return new AwardFormForm(f.code(), f.name(), f.basis(), f.decider(), f.legalBasis(), f.validFrom(),
				f.validTo(), f.forCollective(), f.forIndividual(), f.viaHigherCommittee(), Set.copyOf(f.parts()),
				f.version());
	}

	AwardFormCommand toCommand() {
		return new AwardFormCommand(code, name, basis, decider, legalBasis, validFrom, validTo,
				Boolean.TRUE.equals(forCollective), Boolean.TRUE.equals(forIndividual),
				Boolean.TRUE.equals(viaHigherCommittee), parts == null ? Set.of() : parts);
	}
}
