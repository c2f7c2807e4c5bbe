package vn.atgt.thidua.accident;

import java.util.List;

import vn.atgt.thidua.unit.UnitSummary;

/** The choices of the register's forms and filters: the committee's communes/town and its member units. */
public record BlackSpotOptions(List<SheetArea> areas, List<UnitSummary> units) {
}
