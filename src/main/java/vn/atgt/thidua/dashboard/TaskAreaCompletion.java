package vn.atgt.thidua.dashboard;

import java.util.List;

/**
 * A task area's approved targets by standing, with the sums of its suggested indicators across units; its id, number
 * and title as the report module's count names it.
 */
public record TaskAreaCompletion(Long id, int number, String title, Tally tally, List<IndicatorSum> indicators) {
}
