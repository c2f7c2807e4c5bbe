package vn.atgt.thidua.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.internal.PublicPageSetting;
import vn.atgt.thidua.dashboard.internal.PublicPageSettingRepository;

/**
 * The public page of a campaign ({@code /public/campaigns/{id}}, no sign-in): off until the standing office switches
 * it on ({@link #switchTo}); while on, anyone reads the campaign's name and plan number, the goal checks and the
 * accident trend from confirmed figures, and what later modules have made public through
 * {@link PublicSectionSource} ({@link #page}). A page is kept for {@value #CACHE_SECONDS} seconds (per node:
 * a page switched off may still be served that long by another node), and each network address may ask for
 * {@value #REQUESTS_PER_MINUTE} pages a minute ({@link #admits}). Who may switch it is {@link DashboardAccess}'s.
 */
@Service
@Transactional(readOnly = true)
public class PublicPages {

	static final int CACHE_SECONDS = 60;
	static final int REQUESTS_PER_MINUTE = 60;

	private record Cached(PublicCampaignPage page, Instant until) {
	}

	private record Window(long minute, int requests) {
	}

	private final PublicPageSettingRepository settings;
	private final CampaignService campaigns;
	private final AccidentService accidents;
	private final DashboardAccess access;
	private final ObjectProvider<PublicSectionSource> sectionSources;
	private final Clock clock;
	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	PublicPages(PublicPageSettingRepository settings, CampaignService campaigns, AccidentService accidents,
			DashboardAccess access, ObjectProvider<PublicSectionSource> sectionSources, Clock clock) {
		this.settings = settings;
		this.campaigns = campaigns;
		this.accidents = accidents;
		this.access = access;
		this.sectionSources = sectionSources;
		this.clock = clock;
	}

	/** True when the campaign's public page is on. */
	public boolean isOn(Long campaignId) {
		return settings.findById(campaignId).map(PublicPageSetting::isEnabled).orElse(false);
	}

	/**
	 * The standing office switches the campaign's public page on or off (at once on this node).
	 * @throws AccessDeniedException (403) unless the user is of the standing office or an administrator
	 * @throws NotFoundException when there is no such campaign
	 */
	@Transactional
	public void switchTo(CurrentUser user, Long campaignId, boolean on) {
		access.requirePublisher(user, campaigns.get(campaignId));
		settings.findById(campaignId).ifPresentOrElse(s -> s.switchTo(on),
				() -> settings.save(new PublicPageSetting(campaignId, on)));
		cache.remove(campaignId);
	}

	/**
	 * The public page of the campaign, from the cache when it is fresh.
	 * @throws NotFoundException when there is no such campaign, it is a draft, or its page is off
	 */
	public PublicCampaignPage page(Long campaignId) {
		Instant now = clock.instant();
		Cached cached = cache.get(campaignId);
		if (cached != null && now.isBefore(cached.until())) {
			return cached.page();
		}
		CampaignView campaign = campaigns.get(campaignId);
		if (campaign.isDraft() || !isOn(campaignId)) {
			cache.remove(campaignId);
			throw new NotFoundException("public page", campaignId);
		}
		AccidentComparison comparison = accidents.publicComparison(campaignId);
		List<PublicSection> sections = sectionSources.orderedStream()
			.map(source -> source.section(campaignId))
			.flatMap(Optional::stream)
			.toList();
		PublicCampaignPage page = new PublicCampaignPage(campaign.id(), campaign.planNumber(), campaign.planDate(),
				campaign.title(), comparison.baselineYear(), comparison.goals(), comparison.total(),
				comparison.months(), sections, LocalDate.ofInstant(now, Formats.ZONE));
		cache.put(campaignId, new Cached(page, now.plusSeconds(CACHE_SECONDS)));
		return page;
	}

	/** True when the network address may have one more public page this minute (and counts it). */
	public boolean admits(String address) {
		long minute = clock.instant().getEpochSecond() / Duration.ofMinutes(1).toSeconds();
		Window window = windows.compute(address == null ? "" : address,
				(key, w) -> w == null || w.minute() != minute ? new Window(minute, 1)
						: new Window(minute, w.requests() + 1));
		if (windows.size() > 10_000) {
			windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
		}
		return window.requests() <= REQUESTS_PER_MINUTE;
	}
}
