package vn.atgt.thidua.report.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BindingResult;

import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.report.EntryView;
import vn.atgt.thidua.report.NarrativeView;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportContent.NarrativeInput;
import vn.atgt.thidua.report.ReportView;

/**
 * The report page's form as the unit fills it: per target (by id) the value typed the Vietnamese way ("1.500",
 * "12,5"; kept as typed, so that a wrong number comes back beside its field as it was), done ("true" / "false") for a
 * milestone and a comment; per task area (by id) the four parts of the narrative; the general difficulties and
 * proposals; and the report's version as the page showed it. The rules are checked by the service, all at once.
 */
record ReportForm(
		long version,
		Map<Long, String> values,
		Map<Long, String> done,
		Map<Long, String> comments,
		Map<Long, String> activities,
		Map<Long, String> results,
		Map<Long, String> areaDifficulties,
		Map<Long, String> areaProposals,
		String difficulties,
		String proposals) {

	ReportForm {
		values = orEmpty(values);
		done = orEmpty(done);
		comments = orEmpty(comments);
		activities = orEmpty(activities);
		results = orEmpty(results);
		areaDifficulties = orEmpty(areaDifficulties);
		areaProposals = orEmpty(areaProposals);
	}

	private static Map<Long, String> orEmpty(Map<Long, String> map) {
		return map == null ? new HashMap<>() : new HashMap<>(map);
	}

	/** The form showing what the report holds. */
	static ReportForm of(ReportView report) {
		Map<Long, String> values = new HashMap<>();
		Map<Long, String> done = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		for (EntryView e : report.entries()) {
			values.put(e.targetId(), e.periodValue() == null ? "" : VietnameseNumbers.format(e.periodValue(), 4));
			done.put(e.targetId(), e.milestoneDone() == null ? "" : e.milestoneDone().toString());
			comments.put(e.targetId(), e.comment() == null ? "" : e.comment());
		}
		Map<Long, String> activities = new HashMap<>();
		Map<Long, String> results = new HashMap<>();
		Map<Long, String> areaDifficulties = new HashMap<>();
		Map<Long, String> areaProposals = new HashMap<>();
		for (NarrativeView n : report.narratives().values()) {
			activities.put(n.taskAreaId(), n.activities());
			results.put(n.taskAreaId(), n.results());
			areaDifficulties.put(n.taskAreaId(), n.difficulties());
			areaProposals.put(n.taskAreaId(), n.proposals());
		}
		return new ReportForm(report.version(), values, done, comments, activities, results, areaDifficulties,
				areaProposals, report.difficulties(), report.proposals());
	}

	/**
	 * What the unit wrote, as the form carries it: per target (by id) the value, done / not done and the comment; per
	 * task area (by id) the parts of its narrative (a part the form leaves out is left as it is); the general texts. A
	 * value that is not a number is put on {@code result} beside its field. Which targets and task areas are the
	 * report's, and what each kind of target takes, the service decides: the form does not read the report.
	 */
	ReportContent toContent(BindingResult result) {
		Map<Long, EntryInput> entries = new HashMap<>();
		for (Long id : keys(values, done, comments)) {
			BigDecimal value = null;
			try {
				value = VietnameseNumbers.parse(values.get(id)).orElse(null);
			}
			catch (NumberFormatException ex) {
				result.rejectValue("values[" + id + "]", "typeMismatch.java.math.BigDecimal");
			}
			String answer = done.get(id);
			entries.put(id, new EntryInput(value, answer == null || answer.isBlank() ? null : Boolean.valueOf(answer),
					comments.get(id)));
		}
		Map<Long, NarrativeInput> narratives = new HashMap<>();
		for (Long areaId : keys(activities, results, areaDifficulties, areaProposals)) {
			narratives.put(areaId, new NarrativeInput(activities.get(areaId), results.get(areaId),
					areaDifficulties.get(areaId), areaProposals.get(areaId)));
		}
		return new ReportContent(entries, narratives, difficulties, proposals);
	}

	@SafeVarargs
	private static Set<Long> keys(Map<Long, String>... maps) {
		Set<Long> keys = new HashSet<>();
		for (Map<Long, String> map : maps) {
			keys.addAll(map.keySet());
		}
		return keys;
	}
}
