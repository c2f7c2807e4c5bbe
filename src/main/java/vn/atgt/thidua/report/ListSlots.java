package vn.atgt.thidua.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;

/**
 * Which rows (a participant and a period it takes part in) a window of the list of reports unfiltered but for the
 * period holds, in the list's order, chosen in Java from the participants in the campaign's order (agencies, communes,
 * organisations, each by name and id: the order of {@code ProgressReportRepository.overview}): the periods latest
 * first, finer cadence first; the periods of one day and cadence share their units' rows (by period id within a unit),
 * as SQL ordered them.
 */
final class ListSlots {

	/** A row of the list: a participant and a period it takes part in. */
	record Slot(ParticipantView unit, PeriodView period) {
	}

	private ListSlots() {
	}

	/** The rows from {@code from} (inclusive) to {@code to} (exclusive) of the list over these periods. */
	static List<Slot> window(List<ParticipantView> participants, List<PeriodView> periods, long from, long to) {
		List<PeriodView> shown = periods.stream()
			.sorted(Comparator.comparing(PeriodView::startDate)
				.reversed()
				.thenComparing(PeriodView::cadence)
				.thenComparing(PeriodView::id))
			.toList();
		List<Slot> slots = new ArrayList<>();
		long index = 0;
		for (int g = 0; g < shown.size() && index < to;) {
			int end = groupEnd(shown, g);
			List<PeriodView> group = shown.subList(g, end);
			for (int u = 0; u < participants.size() && index < to; u++) {
				for (PeriodView p : group) {
					if (participants.get(u).participatesIn(p)) {
						if (index >= from && index < to) {
							slots.add(new Slot(participants.get(u), p));
						}
						index++;
					}
				}
			}
			g = end;
		}
		return slots;
	}

	/** Past the last period from {@code g} on that begins the same day with the same cadence. */
	private static int groupEnd(List<PeriodView> shown, int g) {
		PeriodView first = shown.get(g);
		int end = g + 1;
		while (end < shown.size() && shown.get(end).startDate().equals(first.startDate())
				&& shown.get(end).cadence() == first.cadence()) {
			end++;
		}
		return end;
	}
}
