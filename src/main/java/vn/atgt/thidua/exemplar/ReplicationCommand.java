package vn.atgt.thidua.exemplar;

import java.time.LocalDate;

/** A replication to record: the unit that took the exemplar up, the date, a note. */
public record ReplicationCommand(Long unitId, LocalDate replicatedOn, String note) {
}
