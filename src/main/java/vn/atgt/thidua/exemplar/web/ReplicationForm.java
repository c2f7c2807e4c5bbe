package vn.atgt.thidua.exemplar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.exemplar.ReplicationCommand;

/** A replication as its form sends it: the unit, the date, a note. */
record ReplicationForm(
		@NotNull(message = "{exemplar.replication.unit.required}") Long unitId,
		@NotNull(message = "{exemplar.replication.date.required}") LocalDate replicatedOn,
		@Size(max = 1000, message = "{validation.tooLong}") String note) {

	static ReplicationForm empty() {
		return new ReplicationForm(null, null, "");
	}

	ReplicationCommand toCommand() {
		return new ReplicationCommand(unitId, replicatedOn, note);
	}
}
