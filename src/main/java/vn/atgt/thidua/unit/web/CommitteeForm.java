package vn.atgt.thidua.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeKind;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The committee form: its name, kind and area, its standing office, the committee it reports to (the system
 * administrator's choice), and what its documents print.
 */
record CommitteeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") Long areaId,
		Long standingOfficeUnitId,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String parentBody,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String issuingBody,
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.tooLong}") String issuerCode,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String placeName,
		@Size(max = 100, message = "{validation.tooLong}") String signatureAuthority,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String signerTitle,
		@Size(max = 200, message = "{validation.tooLong}") String signerNote,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String signerName,
		@Size(max = 2000, message = "{validation.tooLong}") String defaultRecipients,
		CommitteeKind kind,
		Long parentId,
		long version) {

	static CommitteeForm empty() {
		return new CommitteeForm("", null, null, "", "", "BATGT", "", "", "", "", "", "", CommitteeKind.BAN_ATGT, null,
				0);
	}

	static CommitteeForm of(CommitteeView c) {
		return new CommitteeForm(c.name(), c.areaId(), c.standingOfficeUnitId(), c.parentBody(), c.issuingBody(),
				c.issuerCode(), c.placeName(), c.signatureAuthority(), c.signerTitle(), c.signerNote(), c.signerName(),
				c.defaultRecipients(), c.kind(), c.parentId(), c.version());
	}

	CommitteeCommand toCommand() {
		return new CommitteeCommand(name.strip(), areaId, standingOfficeUnitId, parentBody.strip(), issuingBody.strip(),
				issuerCode.strip(), placeName.strip(), UnitForm.blankToNull(signatureAuthority), signerTitle.strip(),
				UnitForm.blankToNull(signerNote), signerName.strip(), UnitForm.blankToNull(defaultRecipients), kind, parentId);
	}
}
