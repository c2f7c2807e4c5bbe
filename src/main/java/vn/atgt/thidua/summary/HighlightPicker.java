package vn.atgt.thidua.summary;

import java.util.List;

import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;

/**
 * The highlight picker of a draft: the narratives chosen (always shown, whatever the filter), a page of the accepted
 * narratives the filter lists (those already chosen marked so), whether pages come before and after, and the task
 * areas and periods to filter by (the periods within the report's dates).
 */
public record HighlightPicker(List<HighlightOption> chosen, List<HighlightOption> options, HighlightFilter filter,
		boolean hasPrevious, boolean hasNext, List<TaskAreaView> areas, List<PeriodView> periods) {
}
