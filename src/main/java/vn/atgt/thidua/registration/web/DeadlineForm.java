package vn.atgt.thidua.registration.web;

import java.time.LocalDate;

import vn.atgt.thidua.registration.RegistrationDeadlineView;

/** The registration deadline of the campaign; empty removes it. */
record DeadlineForm(LocalDate deadline, long version) {

	static DeadlineForm of(RegistrationDeadlineView d) {
		return new DeadlineForm(d.deadline(), d.version());
	}
}
