package vn.atgt.thidua.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.dashboard.ResultsPage;
import vn.atgt.thidua.dashboard.ResultsPage.TaskAreaResult;
import vn.atgt.thidua.dashboard.ResultsPage.UnitLine;
import vn.atgt.thidua.dashboard.ResultsPage.UnitResult;
import vn.atgt.thidua.dashboard.Tally;

/**
 * The two tables of the results page as the page draws them: each row's words, shares and counts resolved once here
 * (issue 19: per row a fragment call for the five counts, a link, a message and a formatted share per task area in the
 * template were two thirds of the page's CPU at province scale). The words are those the template wrote:
 * {@code dashboard.taskAreaName}, the unit kind's message, {@code Formats#percent} or "—", the counts as numbers.
 */
record ResultsRowsView(List<UnitRow> units, List<AreaRows> byTaskArea, Counts total) {

	/** The five count columns of a tally: targets, met, on track, behind, the share met (or "—"). */
	record Counts(int targets, int met, int onTrack, int behind, String metPercent) {
	}

	/** A row of the units table: its link (null: the name alone), its kind in words, its shares per task area. */
	record UnitRow(Long unitId, String unitName, String link, String kind, List<String> shares, Counts total) {
	}

	/** A task area's rows in the second table: its number, its name as the rows show it, its units and total. */
	record AreaRows(int number, String name, List<Line> lines, Counts total) {
	}

	/** A unit's line under a task area. */
	record Line(Long unitId, String unitName, Counts counts) {
	}

	static ResultsRowsView of(ResultsPage page, MessageSource messages, Locale locale, String unitsLink) {
		Formats formats = new Formats();
		boolean links = page.actions().followLists();
		List<UnitRow> units = new ArrayList<>(page.units().size());
		for (UnitResult u : page.units()) {
			List<String> shares = new ArrayList<>(u.cells().size());
			for (Tally cell : u.cells()) {
				shares.add(share(cell, formats));
			}
			units.add(new UnitRow(u.unitId(), u.unitName(), links ? unitsLink + u.unitId() : null,
					messages.getMessage(u.unitKind().messageKey(), null, locale), shares, counts(u.total(), formats)));
		}
		List<AreaRows> areas = new ArrayList<>(page.byTaskArea().size());
		for (TaskAreaResult a : page.byTaskArea()) {
			List<Line> lines = new ArrayList<>(a.units().size());
			for (UnitLine line : a.units()) {
				lines.add(new Line(line.unitId(), line.unitName(), counts(line.tally(), formats)));
			}
			areas.add(new AreaRows(a.taskArea().number(), messages.getMessage("dashboard.taskAreaName",
					new Object[] { a.taskArea().number(), a.taskArea().title() }, locale), lines,
					counts(a.total(), formats)));
		}
		return new ResultsRowsView(units, areas, counts(page.total(), formats));
	}

	private static Counts counts(Tally t, Formats formats) {
		return new Counts(t.targets(), t.met(), t.onTrack(), t.behind(), share(t, formats));
	}

	/** As the template wrote a share: the per cent met, or "—" without targets. */
	private static String share(Tally t, Formats formats) {
		return t.metPercent() != null ? formats.percent(t.metPercent()) : "—";
	}
}
