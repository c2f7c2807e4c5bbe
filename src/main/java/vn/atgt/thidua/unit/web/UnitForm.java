package vn.atgt.thidua.unit.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitRow;

/** The unit form. Codes are short and plain so that import sheets can name units by code. */
record UnitForm(
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.tooLong}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.code.pattern}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 80, message = "{validation.tooLong}") String shortName,
		@NotNull(message = "{validation.required}") UnitKind kind,
		Long areaId,
		Long committeeId,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Pattern(regexp = "[0-9 +().-]*", message = "{validation.phone}") @Size(max = 30, message = "{validation.tooLong}") String phone,
		Boolean suppliesAccidentFigures,
		long version) {

	static UnitForm empty(Long committeeId) {
		return new UnitForm("", "", "", UnitKind.AGENCY, null, committeeId, "", "", false, 0);
	}

	static UnitForm of(UnitRow unit) {
		return new UnitForm(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.areaId(), unit.committeeId(),
				unit.email(), unit.phone(), unit.suppliesAccidentFigures(), unit.version());
	}

	UnitCommand toCommand() {
		return new UnitCommand(code.strip(), name.strip(), blankToNull(shortName), kind, areaId, committeeId,
				blankToNull(email), blankToNull(phone), Boolean.TRUE.equals(suppliesAccidentFigures));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
