package vn.atgt.thidua.summary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportService;

/** The read models of the summary pages; every read asks {@link SummaryAccess} through the door. */
@Service
@Transactional(readOnly = true)
public class SummaryQueries {

	private final SummaryService summaries;
	private final SummaryAccess access;
	private final CampaignService campaigns;
	private final ReportService reports;

	SummaryQueries(SummaryService summaries, SummaryAccess access, CampaignService campaigns, ReportService reports) {
		this.summaries = summaries;
		this.access = access;
		this.campaigns = campaigns;
		this.reports = reports;
	}

	public SummaryListPage listPage(CurrentUser user, Long campaignId) {
		List<SummaryRow> rows = summaries.list(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		List<PeriodView> periods = campaigns.periods(campaignId).stream().filter(p -> !p.baseline()).toList();
		return new SummaryListPage(campaign, rows, periods, access.actions(user, null));
	}

	public SummaryPage page(CurrentUser user, Long campaignId, Long reportId) {
		SummaryView report = summaries.get(user, campaignId, reportId);
		CampaignView campaign = campaigns.get(campaignId);
		SummaryActions actions = access.actions(user, report.status());
		return new SummaryPage(campaign, report, actions.edit() ? options(campaignId, report) : List.of(), actions);
	}

	private List<HighlightOption> options(Long campaignId, SummaryView report) {
		Map<Long, String> units = campaigns.participants(campaignId).stream()
			.collect(Collectors.toMap(ParticipantView::unitId, ParticipantView::unitName, (a, b) -> a));
		Map<Long, PeriodView> periods = campaigns.periods(campaignId).stream()
			.collect(Collectors.toMap(PeriodView::id, Function.identity()));
		Map<Long, Integer> areas = campaigns.taskAreas(campaignId).stream()
			.collect(Collectors.toMap(TaskAreaView::id, TaskAreaView::number));
		return reports.acceptedNarratives(campaignId).stream()
			.filter(n -> inRange(periods.get(n.periodId()), report))
			.map(n -> new HighlightOption(n.id(), units.getOrDefault(n.unitId(), ""),
					periods.get(n.periodId()).name(), areas.getOrDefault(n.taskAreaId(), 0), n.quote(),
					report.highlights().contains(n.id())))
			.toList();
	}

	private static boolean inRange(PeriodView period, SummaryView report) {
		return period != null && !period.endDate().isBefore(report.from()) && !period.startDate().isAfter(report.to());
	}
}
