package vn.atgt.thidua.exemplar;

import java.time.LocalDate;

/** One place the exemplar was replicated: the unit, the date, a note. */
public record ReplicationRow(Long id, Long unitId, String unitName, LocalDate replicatedOn, String note) {
}
