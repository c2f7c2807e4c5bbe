package vn.atgt.thidua.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportNarratives;
import vn.atgt.thidua.summary.internal.SummaryReport;
import vn.atgt.thidua.summary.internal.SummaryReportRepository;

/**
 * The door of the summary module: starting a six-month or year-end report (drafted from data at once), refreshing its
 * figures, the office's texts and highlights, finalising. Every command checks {@link SummaryAccess} (403 for those
 * who may not), the version the user saw ({@link StaleDataException}) and that the report is still a draft.
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

	/** The most highlights a report quotes (the section's text keeps 20,000 characters). */
	public static final int MAX_HIGHLIGHTS = 60;

	private final SummaryReportRepository reports;
	private final SummaryDrafter drafter;
	private final SummaryAccess access;
	private final CampaignService campaigns;
	private final ReportNarratives narratives;
	private final Clock clock;

	SummaryService(SummaryReportRepository reports, SummaryDrafter drafter, SummaryAccess access,
			CampaignService campaigns, ReportNarratives narratives, Clock clock) {
		this.reports = reports;
		this.drafter = drafter;
		this.access = access;
		this.campaigns = campaigns;
		this.narratives = narratives;
		this.clock = clock;
	}

	/**
	 * Starts a report of the campaign and fills it from data.
	 * @throws AccessDeniedException unless standing office or administrator
	 * @throws FieldException {@code kind}, {@code firstPeriodId} or {@code lastPeriodId} when missing or not the
	 *         campaign's reporting periods, or the range is reversed
	 */
	@Transactional
	public Long create(CurrentUser user, Long campaignId, SummaryCommand command) {
		access.requireWriter(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		if (command.kind() == null) {
			throw new FieldException("kind", "summary.kind.required");
		}
		SummaryReport report;
		if (command.kind() == SummaryKind.SIX_MONTH) {
			PeriodView first = period(campaignId, command.firstPeriodId(), "firstPeriodId");
			PeriodView last = period(campaignId, command.lastPeriodId(), "lastPeriodId");
			report = new SummaryReport(campaignId, command.kind(), first.id(), last.id(), first.startDate(),
					last.endDate(), clock.instant());
		}
		else {
			report = new SummaryReport(campaignId, command.kind(), null, null, campaign.startDate(), campaign.endDate(),
					clock.instant());
		}
		report.refresh(drafter.draft(user, scope(campaign, report), Set.of()), true, clock.instant());
		return reports.save(report).getId();
	}

	/** Refreshes the figures; edited texts are kept unless {@code overwriteEdited}. */
	@Transactional
	public void refresh(CurrentUser user, Long campaignId, Long reportId, long version, boolean overwriteEdited) {
		SummaryReport report = writable(user, campaignId, reportId, version);
		report.refresh(drafter.draft(user, scope(campaigns.get(campaignId), report), report.getHighlights()),
				overwriteEdited, clock.instant());
	}

	/** The office's text for a section. @throws FieldException {@code text} when too long */
	@Transactional
	public void write(CurrentUser user, Long campaignId, Long reportId, long version, SectionKey key, String text) {
		writable(user, campaignId, reportId, version).write(key, text);
	}

	/**
	 * The accepted narratives the report quotes as highlights; the highlights section is drafted anew from them (its
	 * text is the choice, whatever was written there).
	 * @throws FieldException {@code narrativeIds} when one is not an accepted narrative of the campaign, or more than
	 *         {@link #MAX_HIGHLIGHTS} are chosen
	 */
	@Transactional
	public void chooseHighlights(CurrentUser user, Long campaignId, Long reportId, long version,
			Collection<Long> narrativeIds) {
		SummaryReport report = writable(user, campaignId, reportId, version);
		Set<Long> ids = Set.copyOf(narrativeIds);
		if (ids.size() > MAX_HIGHLIGHTS) {
			throw new FieldException("narrativeIds", "summary.highlights.tooMany");
		}
		if (narratives.chosen(campaignId, ids).size() != ids.size()) {
			throw new FieldException("narrativeIds", "summary.highlights.unknown");
		}
		report.chooseHighlights(narrativeIds);
		SummaryScope scope = scope(campaigns.get(campaignId), report);
		report.refresh(java.util.Map.of(SectionKey.HIGHLIGHTS, drafter.highlights(scope, narrativeIds)), true,
				clock.instant());
	}

	/**
	 * Locks the report with who and when. Only {@link SummaryFinalisation} calls it, in the transaction that keeps the
	 * report's files as signed.
	 */
	@Transactional
	void finalise(CurrentUser user, Long campaignId, Long reportId, long version) {
		writable(user, campaignId, reportId, version).finalise(Actor.of(user, clock.instant()));
	}

	/** Records the ids of the finalised report's files as kept among the campaign's documents. */
	@Transactional
	void keepFiles(Long campaignId, Long reportId, Long docx, Long xlsx) {
		find(campaignId, reportId).keepFiles(docx, xlsx);
	}

	/** The campaign's reports, newest first, for those who read them. */
	public List<SummaryRow> list(CurrentUser user, Long campaignId) {
		access.requireReader(user, campaignId);
		return reports.ofCampaign(campaignId).stream()
			.map(r -> new SummaryRow(r.getId(), r.getKind(), r.getFromDate(), r.getToDate(), r.getStatus(),
					r.getRefreshedAt(), r.getFinalisedAt(), r.getFinalisedByName()))
			.toList();
	}

	/** One report with its sections. @throws NotFoundException when the campaign has no such report */
	public SummaryView get(CurrentUser user, Long campaignId, Long reportId) {
		access.requireReader(user, campaignId);
		return SummaryViews.of(find(campaignId, reportId));
	}

	private SummaryReport writable(CurrentUser user, Long campaignId, Long reportId, long version) {
		access.requireWriter(user, campaignId);
		SummaryReport report = reports.forChange(reportId).filter(r -> r.getCampaignId().equals(campaignId))
			.orElseThrow(() -> new NotFoundException("summary report", reportId));
		StaleDataException.check(report, version);
		if (report.getStatus() != SummaryStatus.DRAFT) {
			throw new DomainException("summary.final.locked");
		}
		return report;
	}

	private SummaryReport find(Long campaignId, Long reportId) {
		return reports.findById(reportId).filter(r -> r.getCampaignId().equals(campaignId))
			.orElseThrow(() -> new NotFoundException("summary report", reportId));
	}

	private PeriodView period(Long campaignId, Long periodId, String field) {
		if (periodId == null) {
			throw new FieldException(field, "summary.period.required");
		}
		return campaigns.period(periodId).filter(p -> p.campaignId().equals(campaignId) && !p.baseline())
			.orElseThrow(() -> new FieldException(field, "summary.period.unknown"));
	}

	static SummaryScope scope(CampaignView campaign, SummaryReport report) {
		return new SummaryScope(campaign, report.getKind(), report.getFromDate(), report.getToDate());
	}

	/** Today in Vietnam, for the document's date. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(vn.atgt.thidua.common.format.Formats.ZONE));
	}
}
