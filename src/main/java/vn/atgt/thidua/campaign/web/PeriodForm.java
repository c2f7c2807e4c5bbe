package vn.atgt.thidua.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodCommand;
import vn.atgt.thidua.campaign.PeriodView;

/** A reporting period entered by hand. */
record PeriodForm(
		@NotNull(message = "{period.cadence.required}") Cadence cadence,
		@NotBlank(message = "{period.name.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
		@NotNull(message = "{period.startDate.required}") LocalDate startDate,
		@NotNull(message = "{period.endDate.required}") LocalDate endDate,
		@NotNull(message = "{period.dueDate.required}") LocalDate dueDate,
		boolean baseline,
		long version) {

	static PeriodForm empty() {
		return new PeriodForm(Cadence.AD_HOC, "", null, null, null, false, 0);
	}

	static PeriodForm of(PeriodView p) {
		return new PeriodForm(p.cadence(), p.name(), p.startDate(), p.endDate(), p.dueDate(), p.baseline(),
				p.version());
	}

	PeriodCommand toCommand() {
		return new PeriodCommand(cadence, name.strip(), startDate, endDate, dueDate, baseline);
	}
}
