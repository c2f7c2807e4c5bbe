package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;

/**
 * The rules a campaign's reporting periods keep with each other and with the campaign's dates: a period ends on or
 * after it starts and is due on or after it ends; it lies within the campaign unless it is a baseline period (of the
 * year the accidents are compared with); two periods of one cadence never share a day, since a unit reports once for
 * each day of a cadence. {@link Campaign} applies them before it adds or changes a period and before its dates change.
 */
final class PeriodRules {

	private PeriodRules() {
	}

	/**
	 * Checks new periods against the plan, the campaign's periods and each other, all before any is added.
	 * @throws FieldException for the first draft that breaks a rule
	 */
	static void checkNew(List<PeriodCalendar.Draft> drafts, CampaignPlan plan, List<ReportingPeriod> periods) {
		List<PeriodCalendar.Draft> accepted = new ArrayList<>();
		for (PeriodCalendar.Draft draft : drafts) {
			check(draft, plan, periods, null);
			for (PeriodCalendar.Draft earlier : accepted) {
				if (earlier.cadence() == draft.cadence() && !earlier.startDate().isAfter(draft.endDate())
						&& !draft.startDate().isAfter(earlier.endDate())) {
					throw new FieldException("startDate", "period.overlaps", earlier.name());
				}
			}
			accepted.add(draft);
		}
	}

	/**
	 * Checks one period (a new one, or {@code except} changed into it) against the plan and the other periods.
	 * @throws FieldException beside the field that breaks a rule
	 */
	static void check(PeriodCalendar.Draft draft, CampaignPlan plan, List<ReportingPeriod> periods,
			ReportingPeriod except) {
		if (draft.endDate().isBefore(draft.startDate())) {
			throw new FieldException("endDate", "period.endDate.beforeStart");
		}
		if (draft.dueDate().isBefore(draft.endDate())) {
			throw new FieldException("dueDate", "period.dueDate.beforeEnd", Formats.DATE.format(draft.endDate()));
		}
		if (!draft.baseline()) {
			if (draft.startDate().isBefore(plan.getStartDate())) {
				throw new FieldException("startDate", "period.outsideCampaign", dates(plan));
			}
			if (draft.endDate().isAfter(plan.getEndDate())) {
				throw new FieldException("endDate", "period.outsideCampaign", dates(plan));
			}
		}
		for (ReportingPeriod other : periods) {
			if (other != except && other.getCadence() == draft.cadence()
					&& other.overlaps(draft.startDate(), draft.endDate())) {
				throw new FieldException("startDate", "period.overlaps", other.getName());
			}
		}
	}

	/**
	 * Refuses new campaign dates that would leave one of its (non-baseline) periods outside.
	 * @throws FieldException {@code campaign.dates.periodOutside} beside the date that moved past the period
	 */
	static void requireInside(List<ReportingPeriod> periods, LocalDate startDate, LocalDate endDate) {
		for (ReportingPeriod period : periods) {
			if (!period.isBaseline() && period.getStartDate().isBefore(startDate)) {
				throw new FieldException("startDate", "campaign.dates.periodOutside", period.getName());
			}
			if (!period.isBaseline() && period.getEndDate().isAfter(endDate)) {
				throw new FieldException("endDate", "campaign.dates.periodOutside", period.getName());
			}
		}
	}

	private static Object[] dates(CampaignPlan plan) {
		return new Object[] { Formats.DATE.format(plan.getStartDate()), Formats.DATE.format(plan.getEndDate()) };
	}
}
