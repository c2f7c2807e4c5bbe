package vn.atgt.thidua.registration.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignStatusVersions;
import vn.atgt.thidua.common.persistence.ReadOnlyTransactionMemo;

/**
 * What the standing office's table of registrations reads of where the units stand (the counts per status, the pages
 * of units with their registration's status and dates) kept in memory while nothing it rests on changes (issue 19: at
 * province scale those three statements were ~5 ms of PostgreSQL and a fair share of the JVM's CPU per view). An entry
 * is kept under its campaign's status counter ({@link CampaignStatusVersions}), which every transaction raises that
 * changes what those reads return: a registration started, sent or decided on, the registration deadline, the
 * participants, a participating unit's name or kind. The counter is read from the database once per view (one indexed
 * row: another node's change is seen at once). As monitoring's StandingCache and the report module's CompletionCache:
 * only a read-only transaction fills it (one that changes a status could still roll back what it would have kept
 * under the new counter); bounded, the latest {@value #CAMPAIGNS} campaigns read, {@value #ENTRIES} entries each. The
 * targets per task area are not kept: a target added or changed in a draft raises no counter.
 */
@Component
public class OverviewCache {

	static final int CAMPAIGNS = 16;
	static final int ENTRIES = 32;

	private record Entries(long version, Map<Object, Object> byKey) {
	}

	private final CampaignStatusVersions versions;

	private final Map<Long, Entries> byCampaign = new LinkedHashMap<>(CAMPAIGNS * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Entries> eldest) {
			return size() > CAMPAIGNS;
		}
	};

	OverviewCache(CampaignStatusVersions versions) {
		this.versions = versions;
	}

	/**
	 * What {@code read} gives for the campaign under the key (a record of the read's arguments): kept while the
	 * campaign's counter is the one the entry was made under, else read and kept; read and not kept outside a read-only
	 * transaction. Two requests that miss at once both read; the result is the same. What is kept must not be changed.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Long campaignId, Object key, Supplier<T> read) {
		Long version = ReadOnlyTransactionMemo.once(this, campaignId, () -> versions.version(campaignId));
		Entries entries = version == null ? null : entries(campaignId, version);
		Object kept = entries == null ? null : entries.byKey().get(key);
		if (kept != null) {
			return (T) kept;
		}
		T value = read.get();
		if (entries != null && entries.byKey().size() < ENTRIES) {
			entries.byKey().put(key, value);
		}
		return value;
	}

	/** The campaign's entries under the counter: a new, empty set when it had none or had them under another one. */
	private synchronized Entries entries(Long campaignId, long version) {
		Entries entries = byCampaign.get(campaignId);
		if (entries == null || entries.version() != version) {
			entries = new Entries(version, new ConcurrentHashMap<>());
			byCampaign.put(campaignId, entries);
		}
		return entries;
	}
}
