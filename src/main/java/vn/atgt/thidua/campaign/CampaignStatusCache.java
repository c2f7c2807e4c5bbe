package vn.atgt.thidua.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.persistence.ReadOnlyTransactionMemo;

/**
 * What is read of where a campaign's units stand, kept in memory while nothing it rests on changes: the dashboard's
 * standing and the home pages' progress (issue 14 item 5: at province scale the standing statement cost every view of
 * the dashboard ~90 ms of PostgreSQL), the list of reports' counts by status, the matrix's totals, the late list's
 * units and the office's table of registrations (issue 19: 5–16 ms each per view). An entry is kept under its
 * campaign's {@link Stamp}: the counter that this module raises in every transaction changing a report's or a
 * registration's status, the participants, the periods or the registration deadline ({@link CampaignStatusVersions}),
 * read from the database before each read (one indexed row: another node's change is seen at once), and the day, on
 * which overdue depends. A campaign whose stamp differs drops all its entries. As the report module's completion cache:
 * only a read-only transaction fills it (one that changes a status could still roll back what it would have kept under
 * the new counter); bounded, the latest {@value #CAMPAIGNS} campaigns read, {@value #ENTRIES} entries each. Keys are
 * records of the read's arguments, each module's own type, so that two modules' entries never meet. (Moved here from
 * the monitoring module, issue 19, so that the report module keeps its list's counts under the same counter.)
 */
@Component
public class CampaignStatusCache {

	static final int CAMPAIGNS = 32;
	static final int ENTRIES = 64;

	/** What a campaign's standing rests on: the status counter and the day. */
	record Stamp(long version, LocalDate today) {
	}

	private record Entries(Stamp stamp, Map<Object, Object> byKey) {
	}

	private final CampaignStatusVersions versions;

	private final Map<Long, Entries> byCampaign = new LinkedHashMap<>(CAMPAIGNS * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Entries> eldest) {
			return size() > CAMPAIGNS;
		}
	};

	CampaignStatusCache(CampaignStatusVersions versions) {
		this.versions = versions;
	}

	/**
	 * What {@code count} gives for the campaign as of the day, under the key (a record of the read's arguments): kept
	 * while the campaign's counter and the day are those the entry was made under, else counted and kept; counted and
	 * not kept outside a read-only transaction. Two requests that miss at once both count; the result is the same.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Long campaignId, LocalDate today, Object key, Supplier<T> count) {
		Stamp stamp = stamp(campaignId, today);
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

	/**
	 * The campaign's stamp, its counter read once per read-only transaction (before the reads it guards: a change
	 * committed in between is counted and kept under the older counter, which the next view no longer matches); null
	 * outside one.
	 */
	private Stamp stamp(Long campaignId, LocalDate today) {
		return ReadOnlyTransactionMemo.once(this, List.of(campaignId, today),
				() -> new Stamp(versions.version(campaignId), today));
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
