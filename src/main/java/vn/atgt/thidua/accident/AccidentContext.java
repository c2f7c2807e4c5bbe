package vn.atgt.thidua.accident;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.unit.AreaRow;

/**
 * What every read and change of a campaign's figures starts from ({@link AccidentMonths#context}): the campaign, its
 * committee's area (the area the sheets belong to) with that area's communes/town of every period, and the
 * campaign's accident months.
 */
record AccidentContext(CampaignView campaign, AreaRow root, List<AreaRow> children, List<AccidentPeriod> months) {

	Long rootAreaId() {
		return root.id();
	}

	Long committeeId() {
		return campaign.committeeId();
	}

	AccidentPeriodConvention convention() {
		return campaign.accidentConvention();
	}

	/** The same month of the baseline year (as many years earlier as the baseline year lies before the start). */
	AccidentPeriod baselineOf(AccidentPeriod month) {
		return month.minusYears(campaign.startDate().getYear() - campaign.baselineYear());
	}

	/**
	 * The accident month named by its key ("2024-07"): one of the campaign's months, or any month of its baseline
	 * year(s).
	 * @throws NotFoundException for any other key
	 */
	AccidentPeriod period(String key) {
		AccidentPeriod period;
		try {
			period = AccidentPeriod.parse(convention(), key);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("accident month", key);
		}
		if (!months.contains(period) && !baselineYears().contains(period.year())) {
			throw new NotFoundException("accident month", key);
		}
		return period;
	}

	/** True for a month of the baseline year rather than of the campaign. */
	boolean isBaselineMonth(AccidentPeriod period) {
		return !months.contains(period);
	}

	/** The communes/town valid on some day between the two dates (2024 months keep their 2024 communes). */
	List<AreaRow> childrenDuring(LocalDate from, LocalDate to) {
		return children.stream()
			.filter(a -> (a.validFrom() == null || !a.validFrom().isAfter(to))
					&& (a.validTo() == null || !a.validTo().isBefore(from)))
			.toList();
	}

	/** The communes/town of the month, as the sheet names them. */
	List<SheetArea> areasOf(AccidentPeriod period) {
		return childrenDuring(period.firstDay(), period.lastDay()).stream().map(AccidentContext::area).toList();
	}

	/** The committee's whole area, as the sheet names it. */
	SheetArea rootArea() {
		return area(root);
	}

	static SheetArea area(AreaRow row) {
		return new SheetArea(row.id(), row.displayName(), row.name());
	}

	private Set<Integer> baselineYears() {
		Set<Integer> years = new HashSet<>();
		months.forEach(m -> years.add(baselineOf(m).year()));
		return years;
	}
}
