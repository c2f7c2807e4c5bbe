package vn.atgt.thidua.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.AcceptedNarrative;
import vn.atgt.thidua.report.ReportNarratives;
import vn.atgt.thidua.summary.SummaryCommand;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryService;

/**
 * The last line of the seed plan's work: the standing office drafts the six-month report (July to December 2024) and
 * the year-end report of the demo movement from its data, through the summary module's door, and quotes the first
 * accepted narratives as highlights. Every figure in them comes from the demo registrations, reports and accident
 * figures; the office's own sections (assessment, direction, proposals) are left for the user to write.
 */
@Component
@Profile("demo")
@Order(80)
class DemoSummary implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSummary.class);
	private static final int HIGHLIGHTS = 3;

	private final CampaignService campaigns;
	private final SummaryService summaries;
	private final ReportNarratives reports;
	private final DemoPeople people;

	DemoSummary(CampaignService campaigns, SummaryService summaries, ReportNarratives reports, DemoPeople people) {
		this.campaigns = campaigns;
		this.summaries = summaries;
		this.reports = reports;
		this.people = people;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CampaignSummary campaign = campaigns.listActive().stream()
			.filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber())).findFirst().orElse(null);
		if (campaign == null) {
			return;
		}
		CurrentUser office = people.account("thuongtruc", Role.STANDING_OFFICE);
		if (!summaries.list(office, campaign.id()).isEmpty()) {
			return;
		}
		List<PeriodView> periods = campaigns.periods(campaign.id()).stream().filter(p -> !p.baseline()).toList();
		if (periods.isEmpty()) {
			return;
		}
		Long sixMonth = summaries.create(office, campaign.id(), new SummaryCommand(SummaryKind.SIX_MONTH,
				periods.get(0).id(), periods.get(periods.size() - 1).id()));
		List<Long> highlights = reports.acceptedNarratives(campaign.id()).stream().limit(HIGHLIGHTS)
			.map(AcceptedNarrative::id).toList();
		summaries.chooseHighlights(office, campaign.id(), sixMonth, summaries.get(office, campaign.id(), sixMonth).version(),
				highlights);
		summaries.create(office, campaign.id(), new SummaryCommand(SummaryKind.YEAR_END, null, null));
		log.info("Demo six-month and year-end report drafts created from the demo data ({} highlights).",
				highlights.size());
	}
}
