package vn.atgt.thidua.exemplar.internal;

import java.time.LocalDate;

import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarStatus;

/** A line of the list as read from the database, before its unit's name is looked up. */
public record ExemplarListRow(Long id, Long unitId, ExemplarKind kind, String title, String personName,
		LocalDate startedOn, ExemplarStatus status, boolean publishable, boolean sample, Long replications) {
}
