package vn.atgt.thidua.scoring;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders the units whose score was accepted: by total, highest first; where totals are equal, by the {@link TieRule}s
 * in their order, so that the same scores always give the same ranking and each tied unit's row says which rule
 * placed it. Ranks are positions 1, 2, 3…; a tie never shares a rank, since the last rule (the name) always decides.
 */
public final class Ranking {

	/** A unit to rank: its name, its breakdown and when it first submitted its self-score. */
	public record Entry(Long unitId, String unitName, Breakdown breakdown, Instant firstSubmittedAt) {
	}

	/** A unit's place: its rank, and the rule that placed it after the unit before it with the same total. */
	public record Place(int rank, Entry entry, TieRule tieRule) {
	}

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

	private Ranking() {
	}

	public static List<Place> rank(List<Entry> entries) {
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing((Entry e) -> e.breakdown().total()).reversed()
			.thenComparing(Ranking::ties));
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Entry entry = sorted.get(i);
			TieRule rule = null;
			if (i > 0 && sorted.get(i - 1).breakdown().total().compareTo(entry.breakdown().total()) == 0) {
				rule = decidingRule(sorted.get(i - 1), entry);
			}
			places.add(new Place(i + 1, entry, rule));
		}
		return places;
	}

	/** Orders two entries of the same total by the tie rules. */
	private static int ties(Entry a, Entry b) {
		for (TieRule rule : TieRule.values()) {
			int c = compare(rule, a, b);
			if (c != 0) {
				return c;
			}
		}
		return Long.compare(a.unitId(), b.unitId());
	}

	/** The first rule that tells the two apart (NAME when only the ids do, which the page never shows). */
	static TieRule decidingRule(Entry before, Entry after) {
		for (TieRule rule : TieRule.values()) {
			if (compare(rule, before, after) != 0) {
				return rule;
			}
		}
		return TieRule.NAME;
	}

	private static int compare(TieRule rule, Entry a, Entry b) {
		return switch (rule) {
			case MAIN -> b.breakdown().main().compareTo(a.breakdown().main());
			case DEDUCTIONS -> a.breakdown().deductions().compareTo(b.breakdown().deductions());
			case SUBMISSION -> Comparator.nullsLast(Comparator.<Instant>naturalOrder())
				.compare(a.firstSubmittedAt(), b.firstSubmittedAt());
			case NAME -> VIETNAMESE.compare(a.unitName(), b.unitName());
		};
	}
}
