package vn.atgt.thidua.unit;

import java.util.List;

import org.springframework.data.domain.Page;

/** The list of administrative areas: a page of them, and the levels of the filter. */
public record AreasPage(Page<AreaRow> areas, List<AreaLevelOption> levels) {
}
