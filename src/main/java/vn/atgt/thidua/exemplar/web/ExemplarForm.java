package vn.atgt.thidua.exemplar.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.exemplar.ExemplarCommand;
import vn.atgt.thidua.exemplar.ExemplarKind;

/** An exemplar as its form shows it; numbers and dates are typed the Vietnamese way. */
record ExemplarForm(
		@NotNull(message = "{exemplar.kind.required}") ExemplarKind kind,
		@NotBlank(message = "{exemplar.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 150, message = "{validation.tooLong}") String personName,
		@NotBlank(message = "{exemplar.description.required}") @Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{exemplar.startedOn.required}") LocalDate startedOn,
		@Size(max = 300, message = "{validation.tooLong}") String indicator,
		@Digits(integer = 13, fraction = 2, message = "{exemplar.value.digits}") BigDecimal valueBefore,
		@Digits(integer = 13, fraction = 2, message = "{exemplar.value.digits}") BigDecimal valueAfter,
		@Size(max = 4000, message = "{validation.tooLong}") String results,
		long version) {

	static ExemplarForm empty() {
		return new ExemplarForm(ExemplarKind.COLLECTIVE_MODEL, "", "", "", null, "", null, null, "", 0);
	}

	static ExemplarForm of(ExemplarCommand c, long version) {
		return new ExemplarForm(c.kind(), c.title(), c.personName(), c.description(), c.startedOn(), c.indicator(),
				c.valueBefore(), c.valueAfter(), c.results(), version);
	}

	ExemplarCommand toCommand() {
		return new ExemplarCommand(kind, title, personName, description, startedOn, indicator, valueBefore, valueAfter,
				results);
	}
}
