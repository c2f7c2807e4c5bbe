package vn.atgt.thidua.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The submission status matrix of a campaign as of {@code today}: the columns (the registration, then the reporting
 * periods by start date) with their totals, and a row per participating unit the filter keeps, in the campaign's
 * order of units.
 */
public record StatusMatrix(Long campaignId, LocalDate today, MatrixFilter filter, List<MatrixColumn> columns,
		List<MatrixRow> rows) {

	/** The same matrix (its columns' totals unchanged) with only the given rows: one page of units. */
	public StatusMatrix withRows(List<MatrixRow> shown) {
		return new StatusMatrix(campaignId, today, filter, columns, List.copyOf(shown));
	}

	/** The reporting periods' columns (all but the registration). */
	public List<MatrixColumn> periodColumns() {
		return columns.stream().filter(c -> !c.registration()).toList();
	}
}
