package vn.atgt.thidua.unit;

import java.time.LocalDate;

/** What an administrator enters for an area. */
public record AreaCommand(String name, String officialCode, Long levelId, Long parentId, LocalDate validFrom,
		LocalDate validTo) {
}
