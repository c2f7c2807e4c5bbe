package vn.atgt.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.report.CompletionCount.Level;
import vn.atgt.thidua.report.internal.CompletionCache;
import vn.atgt.thidua.report.internal.CompletionCountRow;
import vn.atgt.thidua.report.internal.CompletionRepository;
import vn.atgt.thidua.report.internal.CompletionVersionRepository;
import vn.atgt.thidua.report.internal.TargetValues;

/**
 * A door of the report module for the dashboards: where the approved targets of a campaign stand as of a day, counted
 * by the database in one statement whatever the number of units (no target list travels to Java), from the value kept
 * per approved target ({@link TargetValues}: maintained by every decision on a report or registration, so that no view
 * sums the campaign's progress entries).
 * <p>
 * A target is <b>met</b> when its value reaches its target ("at least", "exactly": reached or exceeded), stays within
 * its limit ("at most", a reduction target such as "≤ 12 vụ") or, a milestone, an accepted report says it is done;
 * <b>on track</b> when not met but the share reached (value ÷ target, one decimal) is at least the share of the
 * campaign's days gone, or a milestone whose due date has not passed; otherwise <b>behind</b> (an "at most" target over
 * its limit cannot be undone). The value is what {@link ReportProgress#progress(Long)} calls the cumulative value: the
 * sum of the accepted reports of the campaign's main cadence, the latest of them for a percentage, zero when none.
 * <p>
 * Counted once per change: each read first reads what the counts rest on (the counter of the campaign's kept values
 * and its task areas, one indexed row) and answers from {@link CompletionCache} while that, the day and the share of
 * the campaign's days gone are the same; so a page costs one cheap statement instead of judging every kept value.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompletions {

	private static final List<Long> NO_UNIT = List.of(-1L);
	private static final Set<Level> WHOLE = EnumSet.of(Level.AREA, Level.UNIT, Level.TOTAL, Level.INDICATOR);

	private final CompletionRepository completions;
	private final CompletionVersionRepository versions;
	private final CompletionCache cache;
	private final TargetValues values;

	ReportCompletions(CompletionRepository completions, CompletionVersionRepository versions, CompletionCache cache,
			TargetValues values) {
		this.completions = completions;
		this.versions = versions;
		this.cache = cache;
		this.values = values;
	}

	/** The arguments of a read, the key of what it counted. */
	private record Key(String read, List<Long> unitIds, Long taskAreaId, Set<Level> levels) {
	}

	/**
	 * The counts of the campaign's approved targets as of {@code today}: of the given units ({@code null}: every unit)
	 * and under one task area ({@code null}: every task area), at every {@link CompletionCount.Level}. The caller scopes
	 * by user.
	 */
	public List<CompletionCount> counts(CampaignView campaign, Collection<Long> unitIds, Long taskAreaId,
			LocalDate today) {
		return counts(campaign, unitIds, taskAreaId, today, EnumSet.allOf(CompletionCount.Level.class));
	}

	/**
	 * As {@link #counts(CampaignView, Collection, Long, LocalDate)}, at the levels asked for only: a page that does not
	 * show every unit under every task area (the dashboard) or shows a page of units (the results) leaves out the rows
	 * it would not read.
	 */
	public List<CompletionCount> counts(CampaignView campaign, Collection<Long> unitIds, Long taskAreaId,
			LocalDate today, Set<CompletionCount.Level> levels) {
		CompletionCache.Stamp stamp = stamp(campaign, today);
		if (unitIds == null && taskAreaId == null && !levels.contains(Level.UNIT_AREA)) {
			Map<Level, List<CompletionCount>> whole = whole(campaign, stamp, today);
			return Stream.of(Level.values()).filter(levels::contains).flatMap(l -> whole.get(l).stream()).toList();
		}
		return count(campaign, today, unitIds == null ? null : List.copyOf(unitIds), taskAreaId, levels, stamp);
	}

	/**
	 * The units of the campaign whose completion is low as of {@code today} (fewer than half of their approved targets
	 * met or on track), with their counts: for the dashboard's units needing attention. The caller scopes by user.
	 */
	public LowCompletions lowCompletions(CampaignView campaign, LocalDate today) {
		CompletionCache.Stamp stamp = stamp(campaign, today);
		return cache.get(campaign.id(), stamp, new Key("low", null, null, Set.of()),
				() -> LowCompletions.of(whole(campaign, stamp, today).get(Level.UNIT)));
	}

	/**
	 * The whole campaign's counts by task area, by unit, in total and by indicator, by level: counted in one statement
	 * and kept as one entry, which the dashboard, the results page's totals and the units of low completion share.
	 */
	private Map<Level, List<CompletionCount>> whole(CampaignView campaign, CompletionCache.Stamp stamp,
			LocalDate today) {
		return cache.get(campaign.id(), stamp, new Key("whole", null, null, Set.of()), () -> {
			Map<Level, List<CompletionCount>> byLevel = new EnumMap<>(Level.class);
			for (Level level : WHOLE) {
				byLevel.put(level, new ArrayList<>());
			}
			count(campaign, today, null, null, WHOLE, null).forEach(c -> byLevel.get(c.level()).add(c));
			byLevel.replaceAll((level, counts) -> List.copyOf(counts));
			return byLevel;
		});
	}

	/** The counts as asked for, kept under the read's arguments when there is a stamp. */
	private List<CompletionCount> count(CampaignView campaign, LocalDate today, List<Long> unitIds, Long taskAreaId,
			Set<Level> levels, CompletionCache.Stamp stamp) {
		return cache.get(campaign.id(), stamp, new Key("counts", unitIds, taskAreaId, Set.copyOf(levels)), () -> {
			boolean anyUnit = unitIds == null;
			Collection<Long> units = anyUnit || unitIds.isEmpty() ? NO_UNIT : unitIds;
			return completions.counts(campaign.id(), anyUnit, units, taskAreaId == null, taskAreaId, today,
					elapsedPercent(campaign.startDate(), campaign.endDate(), today),
					levels.stream().map(Enum::name).toList())
				.stream()
				.map(ReportCompletions::count)
				.toList();
		});
	}

	/**
	 * What the campaign's counts rest on today: one statement per read-only transaction; null in a transaction that
	 * may change them, where the counts are counted afresh.
	 */
	private CompletionCache.Stamp stamp(CampaignView campaign, LocalDate today) {
		return cache.stamp(campaign.id(), today, () -> CompletionCache.Stamp.of(versions.version(campaign.id()), today,
				elapsedPercent(campaign.startDate(), campaign.endDate(), today)));
	}

	/**
	 * Keeps the value of every approved target of the campaign again from its accepted reports, in one set-based
	 * statement (the values are otherwise kept by each decision): for data written without the workflow, such as the
	 * generated benchmark data set. Returns the number of approved targets.
	 */
	@Transactional
	public int rebuild(Long campaignId) {
		return values.rebuild(campaignId);
	}

	/** The share of the campaign's days gone by {@code today} (that day included), 0–100 with one decimal. */
	public static BigDecimal elapsedPercent(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long gone = Math.min(days, ChronoUnit.DAYS.between(start, today) + 1);
		return BigDecimal.valueOf(gone * 100).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
	}

	private static CompletionCount count(CompletionCountRow row) {
		return new CompletionCount(CompletionCount.Level.valueOf(row.getLevel().strip()), row.getUnitId(), row.getTaskAreaId(),
				row.getSuggestedIndicatorId(), number(row.getTargets()), number(row.getMet()),
				number(row.getOnTrack()), number(row.getBehind()), row.getAchieved(), row.getTargetSum(),
				row.getName(), row.getUnitOfMeasure(),
				row.getDirection() == null ? null : TargetDirection.valueOf(row.getDirection().strip()),
				row.getTaskAreaNumber());
	}

	private static int number(Number value) {
		return value == null ? 0 : value.intValue();
	}
}
