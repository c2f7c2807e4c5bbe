package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.atgt.thidua.registration.TargetView;

/**
 * What the unit writes in its report: per target (by id) the value of the period or done / not done and a comment;
 * per task area (by id) what was done, the results, difficulties and proposals; and the report's general difficulties
 * and proposals. Targets and task areas left out keep what they had; so does a text that is null, while a blank text
 * clears it. A target that is given has its value (or done / not done) set as given, null clearing it.
 */
public record ReportContent(Map<Long, EntryInput> entries, Map<Long, NarrativeInput> narratives, String difficulties,
		String proposals) {

	public ReportContent {
		entries = entries == null ? Map.of() : Map.copyOf(entries);
		narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
	}

	/**
	 * This content for a report that answers {@code targets} under the campaign's task areas {@code taskAreaIds}: each
	 * target with what its kind takes (a value, or done / not done), and nothing for a target or task area that is
	 * not the report's (a page posts what it shows; a page shown before a registration was reopened may show a target
	 * that is no longer the report's).
	 */
	public ReportContent limitedTo(Map<Long, TargetView> targets, Set<Long> taskAreaIds) {
		Map<Long, EntryInput> own = new HashMap<>();
		entries.forEach((id, input) -> {
			TargetView target = targets.get(id);
			if (target != null) {
				own.put(id, target.isMilestone() ? new EntryInput(null, input.done(), input.comment())
						: new EntryInput(input.value(), null, input.comment()));
			}
		});
		Map<Long, NarrativeInput> areas = new HashMap<>(narratives);
		areas.keySet().retainAll(taskAreaIds);
		return new ReportContent(own, areas, difficulties, proposals);
	}

	/** The result for one target: {@code value} for a quantitative target, {@code done} for a milestone. */
	public record EntryInput(BigDecimal value, Boolean done, String comment) {
	}

	/** The narrative of one task area. */
	public record NarrativeInput(String activities, String results, String difficulties, String proposals) {

		public boolean isEmpty() {
			return blank(activities) && blank(results) && blank(difficulties) && blank(proposals);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}
	}
}
