package vn.atgt.thidua.dashboard;

import java.util.List;

import vn.atgt.thidua.campaign.TaskAreaView;

/** A task area's approved targets by standing, with the sums of its suggested indicators across units. */
public record TaskAreaCompletion(TaskAreaView taskArea, Tally tally, List<IndicatorSum> indicators) {
}
