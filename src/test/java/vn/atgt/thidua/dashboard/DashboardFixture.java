package vn.atgt.thidua.dashboard;

import static vn.atgt.thidua.monitoring.MonitoringFixture.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.AccidentQueries;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.BlackSpotCommand;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.ReturnCommand;
import vn.atgt.thidua.registration.SuggestedIndicatorCommand;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * A small movement built by hand through the doors, every figure of which the dashboard tests know: monitoring's
 * four units (21/6–31/12/2024, monthly periods due on the 20th, police count 15th–14th, baseline 2023, registration
 * deadline 15/7), the suggested indicator "Số buổi tuyên truyền" (buổi) under task area 1, and:
 * <ul>
 * <li>the police: sessions ≥ 100 (accepted July 40 + August 30 = 70), "Số vụ TNGT trên địa bàn" ≤ 12 (3 + 2 = 5:
 * a reduction target met by staying under it); reports sent on time;</li>
 * <li>the education office: sessions ≥ 50 (10 + 10 = 20), "Số vụ vi phạm của học sinh" ≤ 2 (2 + 2 = 4: an "at most"
 * target exceeded); its August report sent late (25/9);</li>
 * <li>Bản Bo: nothing at all; Nà Tăm: its registration returned and waiting.</li>
 * </ul>
 * Accidents (whole district, confirmed): 2023-07 3/0/2, 2023-08 3/2/2, 2023-09 3/1/1; 2024-07 3/1/2, 2024-08 2/0/2,
 * 2024-09 3/1/1; 2024-10 8/8/8 saved as a draft only. One black spot identified.
 */
@Component
class DashboardFixture {

	final MonitoringFixture monitoring;
	final TargetSetupService targetSetup;
	final RegistrationService registrations;
	final ReportService reports;
	final ReportQueries reportQueries;
	final AccidentService accidents;
	final AccidentQueries accidentQueries;
	final BlackSpotService blackSpots;
	final CommitteeService committees;
	/** The test clock; absent from the demo data tests' context, which scans this fixture too. */
	private final ObjectProvider<MutableClock> clocks;

	DashboardFixture(MonitoringFixture monitoring, TargetSetupService targetSetup, RegistrationService registrations,
			ReportService reports, ReportQueries reportQueries, AccidentService accidents,
			AccidentQueries accidentQueries, BlackSpotService blackSpots, CommitteeService committees,
			ObjectProvider<MutableClock> clocks) {
		this.monitoring = monitoring;
		this.targetSetup = targetSetup;
		this.registrations = registrations;
		this.reports = reports;
		this.reportQueries = reportQueries;
		this.accidents = accidents;
		this.accidentQueries = accidentQueries;
		this.blackSpots = blackSpots;
		this.committees = committees;
		this.clocks = clocks;
	}

	private MutableClock clock() {
		return clocks.getObject();
	}

	record Story(Movement m, Team police, Team education, Team banBo, Team naTam) {

		Long id() {
			return m.campaignId();
		}

		String dashboard() {
			return "/campaigns/" + m.campaignId() + "/dashboard";
		}

		String results() {
			return "/campaigns/" + m.campaignId() + "/results";
		}
	}

	Story story() {
		Movement m = monitoring.movement();
		CurrentUser office = m.office();
		monitoring.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		Long sessions = clock().at(at(1, 7, 8, 0), () -> targetSetup.addSuggestion(office, m.campaignId(),
				new SuggestedIndicatorCommand(m.area(1), "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST,
						null)));
		Team police = monitoring.team(m.police());
		Team education = monitoring.team(m.education());
		Team banBo = monitoring.team(m.banBo());
		Team naTam = monitoring.team(m.naTam());

		register(m, police, sessions, 100, "Số vụ TNGT trên địa bàn", 12);
		register(m, education, sessions, 50, "Số vụ vi phạm của học sinh", 2);
		approve(m, police);
		approve(m, education);
		clock().run(at(2, 7, 8, 0), () -> registrations.addTarget(naTam.officer(), m.campaignId(), naTam.unitId(),
				new TargetCommand(m.area(1), TargetKind.QUANTITATIVE, sessions, null, null, null, null,
						BigDecimal.valueOf(20), null, null, null)));
		clock().run(at(10, 7, 9, 0), () -> registrations.submit(naTam.head(), m.campaignId(), naTam.unitId(),
				version(m, naTam)));
		clock().run(at(11, 7, 9, 0), () -> registrations.returnForChanges(office, m.campaignId(), naTam.unitId(),
				version(m, naTam), new ReturnCommand("Chỉ tiêu thấp hơn năm 2023", Map.of())));

		report(m, police, 7, 15, 8, Map.of("Số buổi tuyên truyền", 40, "Số vụ TNGT trên địa bàn", 3));
		report(m, police, 8, 15, 9, Map.of("Số buổi tuyên truyền", 30, "Số vụ TNGT trên địa bàn", 2));
		report(m, education, 7, 18, 8, Map.of("Số buổi tuyên truyền", 10, "Số vụ vi phạm của học sinh", 2));
		report(m, education, 8, 25, 9, Map.of("Số buổi tuyên truyền", 10, "Số vụ vi phạm của học sinh", 2));

		Long root = root(m);
		confirmed(m, root, "2023-07", 3, 0, 2);
		confirmed(m, root, "2023-08", 3, 2, 2);
		confirmed(m, root, "2023-09", 3, 1, 1);
		confirmed(m, root, "2024-07", 3, 1, 2);
		confirmed(m, root, "2024-08", 2, 0, 2);
		confirmed(m, root, "2024-09", 3, 1, 1);
		saved(m, root, "2024-10", 8, 8, 8);
		clock().run(at(1, 10, 9, 0), () -> blackSpots.create(office, m.campaignId(), new BlackSpotCommand(
				BlackSpotKind.values()[0], "Đèo Ô Quy Hồ, Km 5", "QL4D", "Km 5", null, null, null,
				LocalDate.of(2024, 9, 30), "2 vụ có người chết trong 12 tháng", null, null, null, null, null, null)));
		return new Story(m, police, education, banBo, naTam);
	}

	/** The area of the movement's committee: the whole district the accident figures are for. */
	Long root(Movement m) {
		return committees.committees().stream().filter(c -> c.id().equals(m.committeeId()))
			.map(CommitteeSummary::areaId).findFirst().orElseThrow();
	}

	private void register(Movement m, Team team, Long sessions, int sessionTarget, String limitName, int limit) {
		clock().run(at(2, 7, 8, 0), () -> {
			registrations.addTarget(team.officer(), m.campaignId(), team.unitId(), new TargetCommand(m.area(1),
					TargetKind.QUANTITATIVE, sessions, null, null, null, null, BigDecimal.valueOf(sessionTarget), null,
					null, null));
			registrations.addTarget(team.officer(), m.campaignId(), team.unitId(), new TargetCommand(m.area(1),
					TargetKind.QUANTITATIVE, null, limitName, "vụ", TargetDirection.AT_MOST, null,
					BigDecimal.valueOf(limit), null, null, null));
		});
		clock().run(at(10, 7, 9, 0), () -> registrations.submit(team.head(), m.campaignId(), team.unitId(),
				version(m, team)));
	}

	private void approve(Movement m, Team team) {
		clock().run(at(12, 7, 9, 0), () -> registrations.approve(m.office(), m.campaignId(), team.unitId(),
				version(m, team)));
	}

	private long version(Movement m, Team team) {
		return registrations.registration(m.office(), m.campaignId(), team.unitId()).version();
	}

	/** The unit's report for the month, sent on that day with those values by target name, and accepted. */
	private void report(Movement m, Team team, int month, int day, int sentMonth, Map<String, Integer> values) {
		Long reportId = monitoring.report(m, team, month).id();
		Map<Long, EntryInput> entries = new HashMap<>();
		registrations.approvedTargets(m.campaignId(), team.unitId()).forEach(t -> entries.put(t.id(),
				new EntryInput(BigDecimal.valueOf(values.get(t.indicatorName())), null, null)));
		clock().run(at(day, sentMonth, 10, 0), () -> reports.submit(team.head(), reportId,
				reportQueries.report(m.office(), reportId).version(),
				new ReportContent(entries, Map.of(), "Kinh phí còn hạn chế.", null), List.of()));
		clock().run(at(day, sentMonth, 15, 0), () -> reports.accept(m.office(), reportId,
				reportQueries.report(m.office(), reportId).version()));
	}

	/** The month's whole-area figures, saved and confirmed by the office. */
	void confirmed(Movement m, Long root, String month, int cases, int deaths, int injured) {
		saved(m, root, month, cases, deaths, injured);
		AccidentPeriod period = accidents.period(m.campaignId(), month);
		clock().run(at(20, 10, 9, 0), () -> accidents.confirm(m.office(), m.campaignId(), period,
				accidentQueries.sheet(m.office(), m.campaignId(), period).version()));
	}

	private void saved(Movement m, Long root, String month, int cases, int deaths, int injured) {
		AccidentPeriod period = accidents.period(m.campaignId(), month);
		clock().run(at(20, 10, 9, 0), () -> accidents.save(m.office(), m.campaignId(), period,
				accidentQueries.sheet(m.office(), m.campaignId(), period).version(), new SheetCommand(
						SheetScope.WHOLE_AREA, "Công an huyện", Map.of(root, AccidentFigures.of(cases, deaths, injured)))));
	}
}
