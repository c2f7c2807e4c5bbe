package vn.atgt.thidua.exemplar;

import java.time.LocalDate;

/** A line of the list of exemplars: the unit, what it is, since when, its status and how often it was replicated. */
public record ExemplarRow(Long id, Long unitId, String unitName, ExemplarKind kind, String title, LocalDate startedOn,
		ExemplarStatus status, boolean publishable, boolean sample, long replications) {
}
