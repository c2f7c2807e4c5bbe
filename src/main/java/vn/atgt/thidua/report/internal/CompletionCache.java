package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.persistence.ReadOnlyTransactionMemo;

/**
 * The completion counts of a campaign kept in memory while nothing they rest on changes (issue 14 item 5: at province
 * scale judging a campaign's 37,600 kept values cost every view of the dashboard and of the results page a third of a
 * second). An entry is kept under its campaign's {@link Stamp}: the counter that {@link TargetValues} raises with
 * every change to the values and the fingerprint of the task areas, both read from the database by the caller before
 * each read (one indexed row: another node's change is seen at once), and the day and the share of the campaign's
 * days gone, on which met, on track and behind depend. A campaign whose stamp differs drops all its entries.
 * <p>
 * Only a read-only transaction fills it: one that changes the values could still roll back what it would have cached
 * under the new counter. Bounded: the latest {@value #CAMPAIGNS} campaigns read, {@value #ENTRIES} entries each
 * (beyond, counted each time, not kept).
 */
@Component
public class CompletionCache {

	static final int CAMPAIGNS = 32;
	static final int ENTRIES = 128;

	/** What a campaign's counts rest on: the values' counter, the task areas' fingerprint, the day, the days gone. */
	public record Stamp(long values, long taskAreas, long lastTaskArea, long taskAreaVersions, LocalDate today,
			BigDecimal elapsed) {

		public static Stamp of(CompletionVersionRow row, LocalDate today, BigDecimal elapsed) {
			return new Stamp(row.getValues(), row.getTaskAreas(), row.getLastTaskArea(), row.getTaskAreaVersions(),
					today, elapsed);
		}
	}

	private record Entries(Stamp stamp, Map<Object, Object> byKey) {
	}

	private final Map<Long, Entries> byCampaign = new LinkedHashMap<>(CAMPAIGNS * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Entries> eldest) {
			return size() > CAMPAIGNS;
		}
	};

	/**
	 * The campaign's stamp as of the day, read by {@code read} once per read-only transaction (a page that reads
	 * several counts of a campaign reads what they rest on once); null outside one, where nothing is kept.
	 */
	public Stamp stamp(Long campaignId, LocalDate today, Supplier<Stamp> read) {
		return ReadOnlyTransactionMemo.once(this, List.of(campaignId, today), read);
	}

	/**
	 * What {@code count} gives for the campaign as of the stamp, under the key (a record of the read's arguments):
	 * kept when the stamp is the one the campaign's entries were made under, counted and kept otherwise; counted and
	 * not kept without a stamp (outside a read-only transaction). Two requests that miss at once both count; the
	 * result is the same.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Long campaignId, Stamp stamp, Object key, Supplier<T> count) {
		Entries entries = stamp == null ? null : entries(campaignId, stamp);
		Object kept = entries == null ? null : entries.byKey().get(key);
		if (kept != null) {
			return (T) kept;
		}
		T counted = count.get();
		if (entries != null && entries.byKey().size() < ENTRIES) {
			entries.byKey().put(key, counted);
		}
		return counted;
	}

	/** The campaign's entries under the stamp: a new, empty set when it had none or had them under another stamp. */
	private synchronized Entries entries(Long campaignId, Stamp stamp) {
		Entries entries = byCampaign.get(campaignId);
		if (entries == null || !entries.stamp().equals(stamp)) {
			entries = new Entries(stamp, new ConcurrentHashMap<>());
			byCampaign.put(campaignId, entries);
		}
		return entries;
	}
}
