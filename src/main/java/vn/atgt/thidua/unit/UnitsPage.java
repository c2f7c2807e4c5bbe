package vn.atgt.thidua.unit;

import java.util.Map;

import org.springframework.data.domain.Page;

/** The list of member units: a page of them, and each row's buttons by unit id. */
public record UnitsPage(Page<UnitRow> units, Map<Long, UnitActions> actions) {
}
