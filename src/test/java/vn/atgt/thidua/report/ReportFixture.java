package vn.atgt.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportContent.NarrativeInput;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the report module, built through the public services as the users would: a running campaign with the
 * seed plan's six task areas and monthly periods July–December 2024 due on the 20th of the next month
 * ({@code fixture.movement()}); a unit team with its officer, head and approved targets ({@code fixture.team(m,
 * m.police())}); and reports in any state ({@code fixture.report(m, team, 7).filled().submittedOn(19, 8)}), each step
 * dated by setting the test clock for it.
 */
@Component
class ReportFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final CampaignService campaigns;
	final TaskAreaService taskAreas;
	final PeriodService periods;
	final RegistrationService targets;
	final ReportService reports;
	final ReportQueries queries;
	final EvidenceService evidence;
	final UnitService units;
	final TestUnits testUnits;
	final TestUsers users;
	/** The test clock; absent from the demo data tests' context, which scans this fixture too. */
	private final ObjectProvider<MutableClock> clocks;

	ReportFixture(CampaignService campaigns, TaskAreaService taskAreas, PeriodService periods, RegistrationService targets,
			ReportService reports, ReportQueries queries, EvidenceService evidence, UnitService units,
			TestUnits testUnits, TestUsers users, ObjectProvider<MutableClock> clocks) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.targets = targets;
		this.reports = reports;
		this.queries = queries;
		this.evidence = evidence;
		this.units = units;
		this.testUnits = testUnits;
		this.users = users;
		this.clocks = clocks;
	}

	private MutableClock clock() {
		return clocks.getObject();
	}

	static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
	}

	/** A moment of 2024, Vietnamese time. */
	static Instant at(int day, int month, int hour, int minute) {
		return LocalDateTime.of(2024, month, day, hour, minute).atZone(Formats.ZONE).toInstant();
	}

	/** A running campaign with six task areas, monthly periods July–December 2024 and two participating units. */
	record Movement(Long campaignId, Long committeeId, List<TaskAreaView> areas, List<PeriodView> periods,
			UnitSummary police, UnitSummary banBo, CurrentUser office) {

		Long area(int number) {
			return areas.get(number - 1).id();
		}

		/** The monthly period of 2024 of that month. */
		PeriodView month(int month) {
			return periods.stream().filter(p -> p.startDate().getMonthValue() == month).findFirst().orElseThrow();
		}

		String reportsPage() {
			return "/campaigns/" + campaignId + "/reports";
		}

		String reviewPage() {
			return "/campaigns/" + campaignId + "/review";
		}
	}

	Movement movement() {
		String name = unique("Huyện báo cáo ");
		Long committee = testUnits.committee(name);
		UnitSummary police = unit("Công an huyện " + name, UnitKind.AGENCY, committee);
		UnitSummary banBo = unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		Long id = campaigns.create(TestUsers.STANDING_OFFICE, committee,
				new CampaignCommand(unique("KH-"), LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024 " + name, null, null, null, LocalDate.of(2024, 6, 21),
				LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, id);
		periods.generate(TestUsers.STANDING_OFFICE, id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 31), 20, false));
		campaigns.activate(TestUsers.STANDING_OFFICE, id);
		return new Movement(id, committee, campaigns.taskAreas(id), campaigns.periods(id), police, banBo,
				users.office());
	}

	UnitSummary unit(String name, UnitKind kind, Long committee) {
		String code = "R" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
		Long id = units.create(new UnitCommand(code, name, null, kind, null, committee,
				code.toLowerCase(Locale.ROOT) + "@example.vn", null, false));
		return units.find(id).orElseThrow();
	}

	/** A unit's officer and head, with the unit's approved targets by name. */
	record Team(UnitSummary unit, CurrentUser officer, CurrentUser head, Map<String, Long> targets) {

		Long target(String name) {
			Long id = targets.get(name);
			if (id == null) {
				throw new IllegalArgumentException("no target " + name);
			}
			return id;
		}
	}

	static final String CHECKS = "Số lượt phương tiện được kiểm tra";
	static final String ALCOHOL = "Số trường hợp vi phạm nồng độ cồn bị xử lý";
	static final String ACCIDENTS = "Số vụ TNGT";
	static final String PLEDGES = "Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT";
	static final String MILESTONE = "Phối hợp rà soát điểm tiềm ẩn TNGT trên Quốc lộ 4D";

	/**
	 * The unit's team with five approved targets: under task area 5 "Số lượt phương tiện được kiểm tra" ≥ 4.000 lượt,
	 * "Số trường hợp vi phạm nồng độ cồn bị xử lý" ≥ 350 and "Số vụ TNGT" ≤ 12 vụ; under 4 a rate ≥ 100 %; under 2 a
	 * milestone due 30/09/2024.
	 */
	Team team(Movement m, UnitSummary unit) {
		Team team = teamWithoutTargets(unit);
		add(m, team, quantitative(m.area(5), CHECKS, "lượt", TargetDirection.AT_LEAST, 4000));
		add(m, team, quantitative(m.area(5), ALCOHOL, "trường hợp", TargetDirection.AT_LEAST, 350));
		add(m, team, quantitative(m.area(5), ACCIDENTS, "vụ", TargetDirection.AT_MOST, 12));
		add(m, team, quantitative(m.area(4), PLEDGES, "%", TargetDirection.AT_LEAST, 100));
		add(m, team, new TargetCommand(m.area(2), TargetKind.MILESTONE, null, MILESTONE, null, null, null, null, null,
				LocalDate.of(2024, 9, 30), null));
		targets.submit(team.head(), m.campaignId(), unit.id(),
				targets.registration(team.head(), m.campaignId(), unit.id()).version());
		targets.approve(m.office(), m.campaignId(), unit.id(),
				targets.registration(m.office(), m.campaignId(), unit.id()).version());
		for (TargetView t : targets.approvedTargets(m.campaignId(), unit.id())) {
			team.targets().put(t.indicatorName(), t.id());
		}
		return team;
	}

	Team teamWithoutTargets(UnitSummary unit) {
		return new Team(unit, users.create("cbbaocao", unit.id(), Role.UNIT_OFFICER),
				users.create("ldbaocao", unit.id(), Role.UNIT_HEAD), new HashMap<>());
	}

	private void add(Movement m, Team team, TargetCommand command) {
		targets.addTarget(team.officer(), m.campaignId(), team.unit().id(), command);
	}

	static TargetCommand quantitative(Long area, String name, String unitOfMeasure, TargetDirection direction,
			long value) {
		return new TargetCommand(area, TargetKind.QUANTITATIVE, null, name, unitOfMeasure, direction, null,
				BigDecimal.valueOf(value), null, null, null);
	}

	ReportBuilder report(Movement m, Team team, int month) {
		return new ReportBuilder(m, team, month);
	}

	/** A small PNG photo. */
	static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB),
					"png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Builds a unit's report for a month of 2024 through the service, as its officer, head and the office would. */
	class ReportBuilder {

		private final Movement m;
		private final Team team;
		private final PeriodView period;
		private final Long id;

		ReportBuilder(Movement m, Team team, int month) {
			this.m = m;
			this.team = team;
			this.period = m.month(month);
			this.id = clock().at(period.endDate().plusDays(1).atTime(8, 0).atZone(Formats.ZONE).toInstant(),
					() -> reports.open(team.officer(), m.campaignId(), period.id()));
		}

		Long id() {
			return id;
		}

		ReportView view() {
			return queries.report(m.office(), id);
		}

		/** Every target answered: 420 checks, 37 alcohol cases, 1 accident, 95 % pledges, milestone not done yet. */
		ReportBuilder filled() {
			return with(Map.of(CHECKS, "420", ALCOHOL, "37", ACCIDENTS, "1", PLEDGES, "95"), false);
		}

		/** The given values (by target name) and the milestone done or not. */
		ReportBuilder with(Map<String, String> values, Boolean milestoneDone) {
			Map<Long, EntryInput> entries = new HashMap<>();
			values.forEach((name, value) -> entries.put(team.target(name),
					new EntryInput(new BigDecimal(value), null, null)));
			if (team.targets().containsKey(MILESTONE)) {
				entries.put(team.target(MILESTONE), new EntryInput(null, milestoneDone, null));
			}
			ReportContent content = new ReportContent(entries,
					Map.of(m.area(5), new NarrativeInput("Tổ chức 12 ca tuần tra, kiểm soát.", null, null, null)),
					null, null);
			long version = view().version();
			clock().run(period.endDate().plusDays(2).atTime(9, 0).atZone(Formats.ZONE).toInstant(),
					() -> reports.save(team.officer(), id, version, content, List.of()));
			return this;
		}

		ReportBuilder submittedOn(int day, int month) {
			long version = view().version();
			clock().run(at(day, month, 10, 0), () -> reports.submit(team.head(), id, version, null, List.of()));
			return this;
		}

		ReportBuilder accepted() {
			ReportView view = view();
			clock().run(view.lastSubmittedAt().plusSeconds(3600), () -> reports.accept(m.office(), id, view.version()));
			return this;
		}

		ReportBuilder returned(String reason, Map<Long, String> comments) {
			ReportView view = view();
			clock().run(view.lastSubmittedAt().plusSeconds(3600),
					() -> reports.returnForChanges(m.office(), id, view.version(), reason, comments));
			return this;
		}
	}
}
