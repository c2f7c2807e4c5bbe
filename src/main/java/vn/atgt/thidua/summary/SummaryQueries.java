package vn.atgt.thidua.summary;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.QuotableNarrative;
import vn.atgt.thidua.report.ReportNarratives;

/** The read models of the summary pages; every read asks {@link SummaryAccess} through the door. */
@Service
@Transactional(readOnly = true)
public class SummaryQueries {

	/** The characters of a narrative the picker shows (the highlights section quotes it whole). */
	static final int SHOWN = 300;

	private final SummaryService summaries;
	private final SummaryAccess access;
	private final CampaignService campaigns;
	private final ReportNarratives narratives;

	SummaryQueries(SummaryService summaries, SummaryAccess access, CampaignService campaigns,
			ReportNarratives narratives) {
		this.summaries = summaries;
		this.access = access;
		this.campaigns = campaigns;
		this.narratives = narratives;
	}

	public SummaryListPage listPage(CurrentUser user, Long campaignId) {
		List<SummaryRow> rows = summaries.list(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		List<PeriodView> periods = campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList();
		return new SummaryListPage(campaign, rows, periods, access.actions(user, null));
	}

	/** A report with, while the user may edit it, the highlight picker as {@code filter} lists it. */
	public SummaryPage page(CurrentUser user, Long campaignId, Long reportId, HighlightFilter filter) {
		SummaryView report = summaries.get(user, campaignId, reportId);
		CampaignView campaign = campaigns.get(campaignId);
		SummaryActions actions = access.actions(user, report.status());
		return new SummaryPage(campaign, report, actions.edit() ? picker(campaignId, report, filter) : null, actions);
	}

	/** A report without the picker (a section's form). */
	public SummaryPage report(CurrentUser user, Long campaignId, Long reportId) {
		SummaryView report = summaries.get(user, campaignId, reportId);
		return new SummaryPage(campaigns.get(campaignId), report, null, access.actions(user, report.status()));
	}

	/** The picker: the chosen narratives, then one page of those the filter lists (one row more tells a next page). */
	private HighlightPicker picker(Long campaignId, SummaryView report, HighlightFilter filter) {
		Set<Long> chosen = report.highlights();
		List<HighlightOption> picked = narratives.chosen(campaignId, chosen).stream()
			.map(c -> option(c, true, shown(c.text()))).toList();
		List<HighlightOption> page = narratives.page(campaignId, report.from(), report.to(), filter.taskAreaId(),
				filter.periodId(), filter.unitPattern(), filter.textPattern(), filter.offset(), HighlightFilter.SIZE + 1,
				SHOWN + 1)
			.stream().map(c -> option(c, chosen.contains(c.id()), shown(c.text()))).toList();
		List<PeriodView> periods = campaigns.periods(campaignId).stream()
			.filter(p -> !p.baseline() && !p.endDate().isBefore(report.from()) && !p.startDate().isAfter(report.to()))
			.toList();
		return new HighlightPicker(picked, page.subList(0, Math.min(page.size(), HighlightFilter.SIZE)), filter,
				filter.page() > 1, page.size() > HighlightFilter.SIZE, campaigns.taskAreas(campaignId), periods);
	}

	private static HighlightOption option(QuotableNarrative c, boolean chosen, String text) {
		return new HighlightOption(c.id(), c.unitName(), c.periodName(), c.taskAreaNumber(), text, chosen);
	}

	private static String shown(String text) {
		return text.length() > SHOWN ? text.substring(0, SHOWN).strip() + "…" : text;
	}
}
