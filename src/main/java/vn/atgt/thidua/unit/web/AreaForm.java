package vn.atgt.thidua.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.unit.AreaCommand;
import vn.atgt.thidua.unit.AreaRow;

/** The area form: name without its level ("Bản Bo", level "Xã"), official code, parent, validity. */
record AreaForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
		@Size(max = 20, message = "{validation.tooLong}") @Pattern(regexp = "[0-9A-Za-z.-]*", message = "{area.code.pattern}") String officialCode,
		@NotNull(message = "{validation.required}") Long levelId,
		Long parentId,
		LocalDate validFrom,
		LocalDate validTo,
		long version) {

	static AreaForm empty() {
		return new AreaForm("", "", null, null, null, null, 0);
	}

	static AreaForm of(AreaRow area) {
		return new AreaForm(area.name(), area.officialCode(), area.levelId(), area.parentId(), area.validFrom(),
				area.validTo(), area.version());
	}

	AreaCommand toCommand() {
		return new AreaCommand(name.strip(), officialCode, levelId, parentId, validFrom, validTo);
	}
}
