package vn.atgt.thidua.campaign.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodGeneration;

/** Generate the periods of a cadence over a range, due on a day of the month after each ends. */
record GenerationForm(
		@NotNull(message = "{period.cadence.required}") Cadence cadence,
		@NotNull(message = "{period.generate.from.required}") LocalDate startDate,
		@NotNull(message = "{period.generate.to.required}") LocalDate endDate,
		@NotNull(message = "{period.dueDay.range}") @Min(value = 1, message = "{period.dueDay.range}")
		@Max(value = 31, message = "{period.dueDay.range}") Integer dueDay,
		boolean baseline) {

	static GenerationForm of(PeriodGeneration g) {
		return new GenerationForm(g.cadence(), g.startDate(), g.endDate(), g.dueDay(), g.baseline());
	}

	PeriodGeneration toGeneration() {
		return new PeriodGeneration(cadence, startDate, endDate, dueDay, baseline);
	}
}
