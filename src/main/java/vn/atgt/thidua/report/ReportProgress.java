package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.internal.ProgressSums;
import vn.atgt.thidua.report.internal.ProgressSums.KeptValue;
import vn.atgt.thidua.report.internal.ProgressSums.RangeSum;
import vn.atgt.thidua.report.internal.ProgressSums.RangeValue;
import vn.atgt.thidua.report.internal.TargetValues;

/**
 * A door of the report module for what other modules read of the units' progress: every approved target with what
 * the accepted reports of the campaign's {@link #mainCadence main cadence} add up to ({@link TargetProgressRow}), for
 * the year-end report, scoring's suggestions and a unit's results. The whole campaign is read from the value kept per
 * target ({@link TargetValues}: kept by every decision on a report or registration, so that no read sums the campaign's
 * progress entries, 480,000 at province scale); a range of periods (the six-month report) is one aggregate over the
 * accepted reports of those periods. The caller scopes by user.
 */
@Service
@Transactional(readOnly = true)
public class ReportProgress {

	private final ProgressSums progress;
	private final CampaignService campaigns;
	private final RegistrationService registrations;

	ReportProgress(ProgressSums progress, CampaignService campaigns, RegistrationService registrations) {
		this.progress = progress;
		this.campaigns = campaigns;
		this.registrations = registrations;
	}

	/**
	 * Every approved target of one unit with what its accepted reports add up to, in task-area order: two SQL queries
	 * (the approved targets, and their kept values).
	 */
	public List<TargetProgressRow> progress(Long campaignId, Long unitId) {
		return kept(campaignId, registrations.approvedTargets(campaignId, unitId), false, unitId);
	}

	/** As {@link #progress(Long, Long)} for every unit of the campaign, by unit: still two SQL queries. */
	public List<TargetProgressRow> progress(Long campaignId) {
		return kept(campaignId, registrations.approvedTargets(campaignId), true, null);
	}

	/**
	 * As {@link #progress(Long)}, counting only the accepted reports of the periods that lie between {@code from} and
	 * {@code to} (both included): what a six-month report over a range of periods adds up. Three SQL queries: the
	 * approved targets, the sums per target over those periods' accepted reports, and the values of the percentage
	 * targets in them (a rate is not summed: the latest one stands).
	 */
	public List<TargetProgressRow> progress(Long campaignId, LocalDate from, LocalDate to) {
		List<TargetView> approved = registrations.approvedTargets(campaignId);
		Optional<Cadence> cadence = mainCadence(campaignId);
		Map<Long, RangeSum> sums = new HashMap<>();
		Map<Long, RangeValue> latest = new HashMap<>();
		if (cadence.isPresent() && !approved.isEmpty()) {
			String name = cadence.get().name();
			progress.rangeSums(campaignId, name, true, null, from, to).forEach(s -> sums.put(s.targetId(), s));
			progress.rangeValues(campaignId, name, true, null, from, to)
				.forEach(v -> latest.merge(v.targetId(), v, (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b));
		}
		List<TargetProgressRow> rows = new ArrayList<>(approved.size());
		for (TargetView t : approved) {
			RangeSum sum = sums.get(t.id());
			RangeValue last = latest.get(t.id());
			// a rate is not summed: the latest accepted value stands (it exists only where an accepted report does)
			BigDecimal value = t.isPercent() ? last == null ? null : last.value() : sum == null ? null : sum.total();
			rows.add(row(t, cadence.orElse(null), value, sum != null && sum.done(),
					sum == null ? 0 : sum.reports(), sum == null ? null : sum.asOf()));
		}
		return rows;
	}

	/**
	 * The cadence whose reports add up to a year: the one with the most reporting periods in the campaign (the
	 * finer one when two have as many); empty when the campaign has no reporting period. Reports of another cadence
	 * (a six-monthly review beside monthly reports) cover the same months again, so they are never added in.
	 */
	public Optional<Cadence> mainCadence(Long campaignId) {
		Map<Cadence, Long> counts = new EnumMap<>(Cadence.class);
		campaigns.periods(campaignId).stream().filter(p -> !p.baseline())
			.forEach(p -> counts.merge(p.cadence(), 1L, Long::sum));
		return counts.entrySet().stream()
			.max(Comparator.comparing(Map.Entry<Cadence, Long>::getValue)
				.thenComparing(e -> -e.getKey().ordinal()))
			.map(Map.Entry::getKey);
	}

	/** The approved targets with their kept values (a target without a kept row counts as nothing accepted). */
	private List<TargetProgressRow> kept(Long campaignId, List<TargetView> approved, boolean anyUnit, Long unitId) {
		Optional<Cadence> cadence = mainCadence(campaignId);
		Map<Long, KeptValue> values = new HashMap<>();
		if (!approved.isEmpty()) {
			progress.kept(campaignId, anyUnit, unitId).forEach(v -> values.put(v.targetId(), v));
		}
		List<TargetProgressRow> rows = new ArrayList<>(approved.size());
		for (TargetView t : approved) {
			KeptValue v = values.get(t.id());
			rows.add(row(t, cadence.orElse(null), v == null ? null : v.reached(), v != null && v.done(),
					v == null ? 0 : v.acceptedReports(), v == null ? null : v.asOf()));
		}
		return rows;
	}

	/** A target's row: a milestone has no value; a quantity without an accepted value counts zero. */
	private static TargetProgressRow row(TargetView t, Cadence cadence, BigDecimal value, boolean done, int reports,
			LocalDate asOf) {
		return new TargetProgressRow(t.unitId(), t.id(), t.taskAreaId(), t.kind(), t.indicatorName(),
				t.unitOfMeasure(), t.direction(), t.targetValue(), t.dueDate(), cadence,
				t.isMilestone() ? null : value == null ? BigDecimal.ZERO : value, done, reports, asOf,
				t.suggestedIndicatorId());
	}
}
