package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

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
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.monitoring.MonitoringQueries;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.monitoring.UrgingResult;

/**
 * Journey 5 of the demo story: on the afternoon of 21/8/2024, the day after July's reports were due, the standing
 * office urged every unit whose July report was not in. Which units those are follows from the demo reports (the matrix and
 * the late list are read from them, nothing here is made up); the urging is logged as sample data, and its notices
 * are in the units' notifications dated that afternoon (the story clock is set to it, so lateness is counted as of that
 * day). No e-mail leaves: the demo has no mail server.
 */
@Component
@Profile("demo")
@Order(60)
class DemoMonitoring implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

	private final CampaignService campaigns;
	private final MonitoringService monitoring;
	private final MonitoringQueries queries;
	private final DemoPeople people;
	private final StoryClock storyClock;

	DemoMonitoring(CampaignService campaigns, MonitoringService monitoring, MonitoringQueries queries,
			DemoPeople people, StoryClock storyClock) {
		this.campaigns = campaigns;
		this.monitoring = monitoring;
		this.queries = queries;
		this.people = people;
		this.storyClock = storyClock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CampaignSummary campaign = campaigns.listActive().stream()
			.filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber()))
			.findFirst()
			.orElse(null);
		if (campaign == null) {
			return;
		}
		CurrentUser office = people.account("thuongtruc", Role.STANDING_OFFICE);
		if (queries.lateUnits(office, campaign.id(), ItemSelection.ALL).stream()
			.anyMatch(u -> u.lastUrgedAt() != null)) {
			return;
		}
		PeriodView july = queries.reportingPeriods(campaign.id()).stream()
			.filter(p -> p.startDate().getMonthValue() == 7 && p.startDate().getYear() == 2024)
			.findFirst()
			.orElse(null);
		if (july == null) {
			return;
		}
		UrgingResult result = storyClock.at(at(21, 8, 14, 30), () -> monitoring.urgeAsSample(office, campaign.id(),
				campaigns.participants(campaign.id()).stream().map(ParticipantView::unitId).toList(),
				ItemSelection.period(july.id())));
		log.info("Demo urging of 21/08/2024 (sample): {} units late with July urged, {} people notified.",
				result.urged(), result.notified());
	}
}
