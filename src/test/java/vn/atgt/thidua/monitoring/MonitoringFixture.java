package vn.atgt.thidua.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantCommand;
import vn.atgt.thidua.campaign.ParticipantService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.registration.ReturnCommand;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of monitoring, built through the public services as the users would: a running campaign of a fresh
 * committee with monthly periods July–December 2024 due on the 20th of the next month and four participating units
 * (the police and the education office, the communes Bản Bo and Nà Tăm), each with a person in charge
 * ({@code fixture.movement()}); a unit's officer and head with e-mail addresses ({@code fixture.team(m, m.banBo())});
 * reports in any state, dated ({@code fixture.report(m, team, 7).submittedOn(23, 8)}); registrations
 * ({@code fixture.registration(m, team).submittedOn(10, 7)}). Reports carry no targets (a unit reports its narrative
 * while its registration waits), so a report is only a status and its dates here.
 */
@Component
public class MonitoringFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final CampaignService campaigns;
	final TaskAreaService taskAreas;
	final PeriodService periods;
	final ParticipantService participants;
	final RegistrationService targets;
	final TargetSetupService targetSetup;
	final ReportService reports;
	final ReportQueries reportQueries;
	/** The test clock; absent from the demo data tests' context, which scans this fixture too. */
	private final ObjectProvider<MutableClock> clocks;
	final UnitService units;
	final UserAdminService userAdmin;
	final TestUnits testUnits;
	final TestUsers users;

	MonitoringFixture(CampaignService campaigns, TaskAreaService taskAreas, PeriodService periods,
			ParticipantService participants, RegistrationService targets, TargetSetupService targetSetup,
			ReportService reports, ReportQueries reportQueries, ObjectProvider<MutableClock> clocks, UnitService units,
			UserAdminService userAdmin, TestUnits testUnits, TestUsers users) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.targets = targets;
		this.targetSetup = targetSetup;
		this.reports = reports;
		this.reportQueries = reportQueries;
		this.clocks = clocks;
		this.units = units;
		this.userAdmin = userAdmin;
		this.testUnits = testUnits;
		this.users = users;
	}

	private MutableClock clock() {
		return clocks.getObject();
	}

	public static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
	}

	/** A moment of 2024, Vietnamese time. */
	public static Instant at(int day, int month, int hour, int minute) {
		return LocalDateTime.of(2024, month, day, hour, minute).atZone(Formats.ZONE).toInstant();
	}

	/** A running campaign with four units and monthly periods July–December 2024. */
	public record Movement(Long campaignId, Long committeeId, String planNumber, List<TaskAreaView> areas,
			List<PeriodView> periods, UnitSummary police, UnitSummary education, UnitSummary banBo, UnitSummary naTam,
			CurrentUser office) {

		public Long area(int number) {
			return areas.get(number - 1).id();
		}

		/** The monthly period of 2024 of that month. */
		public PeriodView month(int month) {
			return periods.stream().filter(p -> p.startDate().getMonthValue() == month).findFirst().orElseThrow();
		}

		public String matrixPage() {
			return "/campaigns/" + campaignId + "/monitoring";
		}

		public String latePage() {
			return "/campaigns/" + campaignId + "/monitoring/late";
		}

		public String letterAddress() {
			return "/campaigns/" + campaignId + "/documents/urging-letter";
		}
	}

	public Movement movement() {
		return movement(LocalDate.of(2024, 6, 21), LocalDate.of(2024, 7, 1));
	}

	/** As {@link #movement()} for the whole of 2024: twelve monthly periods. */
	public Movement yearMovement() {
		return movement(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1));
	}

	private Movement movement(LocalDate start, LocalDate firstPeriod) {
		String name = unique("Huyện theo dõi ");
		Long committee = testUnits.committee(name);
		UnitSummary police = unit("Công an huyện " + name, UnitKind.AGENCY, committee);
		UnitSummary education = unit("Phòng Giáo dục và Đào tạo " + name, UnitKind.AGENCY, committee);
		UnitSummary banBo = unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary naTam = unit("UBND xã Nà Tăm " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		String plan = unique("KH-") + "/KH-BATGT";
		Long id = campaigns.create(TestUsers.STANDING_OFFICE, committee, new CampaignCommand(plan, start, null,
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 " + name, null, null, null,
				start, LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, id);
		periods.generate(TestUsers.STANDING_OFFICE, id,
				new PeriodGeneration(Cadence.MONTHLY, firstPeriod, LocalDate.of(2024, 12, 31), 20, false));
		contact(id, banBo.id(), "Lò Văn Thành", "Phó Chủ tịch UBND xã", "0912 345 678", "banbo@example.vn", null,
				null);
		contact(id, naTam.id(), "Tẩn Thị Mai", "Công chức Văn phòng - Thống kê", "0987 654 321", null, null, null);
		campaigns.activate(TestUsers.STANDING_OFFICE, id);
		return new Movement(id, committee, plan, campaigns.taskAreas(id), campaigns.periods(id), police, education,
				banBo, naTam, users.office());
	}

	UnitSummary unit(String name, UnitKind kind, Long committee) {
		String code = "M" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
		Long id = units.create(new UnitCommand(code, name, null, kind, null, committee,
				code.toLowerCase(Locale.ROOT) + "@example.vn", null, false));
		return units.find(id).orElseThrow();
	}

	/** Sets the unit's person in charge and the days it joined and left the campaign. */
	public void contact(Long campaignId, Long unitId, String name, String position, String phone, String email,
			LocalDate joinedOn, LocalDate leftOn) {
		ParticipantView participant = participant(campaignId, unitId);
		participants.update(TestUsers.STANDING_OFFICE, campaignId, participant.id(), participant.version(),
				new ParticipantCommand(name, position, phone, email, joinedOn, leftOn));
	}

	/** The unit joined the campaign on {@code joinedOn} and left it on {@code leftOn} (either may be null). */
	public void takesPart(Movement m, UnitSummary unit, LocalDate joinedOn, LocalDate leftOn) {
		ParticipantView p = participant(m.campaignId(), unit.id());
		contact(m.campaignId(), unit.id(), p.contactName(), p.contactPosition(), p.contactPhone(), p.contactEmail(),
				joinedOn, leftOn);
	}

	private ParticipantView participant(Long campaignId, Long unitId) {
		return campaigns.participants(campaignId).stream().filter(p -> p.unitId().equals(unitId)).findFirst()
			.orElseThrow();
	}

	/** A unit's officer and head, each with an e-mail address of her own. */
	public record Team(UnitSummary unit, CurrentUser officer, CurrentUser head) {

		public Long unitId() {
			return unit.id();
		}
	}

	public Team team(UnitSummary unit) {
		CurrentUser officer = users.create("cbtheodoi", unit.id(), Role.UNIT_OFFICER);
		CurrentUser head = users.create("ldtheodoi", unit.id(), Role.UNIT_HEAD);
		email(officer, "canbo." + officer.username() + "@example.vn");
		email(head, "lanhdao." + head.username() + "@example.vn");
		return new Team(unit, officer, head);
	}

	/** The e-mail address the fixture gave the user. */
	public String emailOf(CurrentUser user) {
		return userAdmin.get(user.id()).email();
	}

	private void email(CurrentUser user, String address) {
		UserRow row = userAdmin.get(user.id());
		userAdmin.updateOwnContact(user.id(), row.version(), row.fullName(), address, null);
	}

	/** Sets the campaign's registration deadline. */
	public void registrationDeadline(Movement m, LocalDate deadline) {
		targetSetup.setDeadline(m.office(), m.campaignId(), deadline, targetSetup.deadline(m.campaignId()).version());
	}

	public ReportBuilder report(Movement m, Team team, int month) {
		return new ReportBuilder(m, team, month);
	}

	public RegistrationBuilder registration(Movement m, Team team) {
		return new RegistrationBuilder(m, team);
	}

	/** A unit's report for a month of 2024, opened the day after the period ended. */
	public class ReportBuilder {

		private final Movement m;
		private final Team team;
		private final Long id;

		ReportBuilder(Movement m, Team team, int month) {
			this.m = m;
			this.team = team;
			PeriodView period = m.month(month);
			this.id = clock().at(period.endDate().plusDays(1).atTime(8, 0).atZone(Formats.ZONE).toInstant(),
					() -> reports.open(team.officer(), m.campaignId(), period.id()));
		}

		public Long id() {
			return id;
		}

		private long version() {
			return reportQueries.report(m.office(), id).version();
		}

		private Instant lastSubmittedAt() {
			return reportQueries.report(m.office(), id).lastSubmittedAt();
		}

		/** The head sends it on that day of 2024 at 10:00, with a value for every approved target of the unit. */
		public ReportBuilder submittedOn(int day, int month) {
			Map<Long, EntryInput> entries = new HashMap<>();
			targets.approvedTargets(m.campaignId(), team.unitId()).forEach(t -> entries.put(t.id(),
					t.isMilestone() ? new EntryInput(null, true, null) : new EntryInput(BigDecimal.TEN, null, null)));
			clock().run(at(day, month, 10, 0), () -> reports.submit(team.head(), id, version(), new ReportContent(entries,
					Map.of(), "Kinh phí tuyên truyền còn hạn chế.", null), List.of()));
			return this;
		}

		public ReportBuilder accepted() {
			clock().run(lastSubmittedAt().plusSeconds(3600), () -> reports.accept(m.office(), id, version()));
			return this;
		}

		public ReportBuilder returned(String reason) {
			clock().run(lastSubmittedAt().plusSeconds(3600),
					() -> reports.returnForChanges(m.office(), id, version(), reason, Map.of()));
			return this;
		}
	}

	/** A unit's registration with one target under task area 4. */
	public class RegistrationBuilder {

		private final Movement m;
		private final Team team;

		RegistrationBuilder(Movement m, Team team) {
			this.m = m;
			this.team = team;
			dated(at(1, 7, 8, 0), () -> targets.addTarget(team.officer(), m.campaignId(), team.unitId(),
					new TargetCommand(m.area(4), TargetKind.QUANTITATIVE, null, "Số buổi tuyên truyền", "buổi",
							TargetDirection.AT_LEAST, null, BigDecimal.valueOf(15), null, null, null)));
		}

		private long version() {
			return targets.registration(m.office(), m.campaignId(), team.unitId()).version();
		}

		public RegistrationBuilder submittedOn(int day, int month) {
			dated(at(day, month, 9, 0), () -> targets.submit(team.head(), m.campaignId(), team.unitId(), version()));
			return this;
		}

		public RegistrationBuilder approvedOn(int day, int month) {
			dated(at(day, month, 15, 0), () -> targets.approve(m.office(), m.campaignId(), team.unitId(), version()));
			return this;
		}

		public RegistrationBuilder returnedOn(int day, int month) {
			dated(at(day, month, 15, 0), () -> targets.returnForChanges(m.office(), m.campaignId(), team.unitId(),
					version(), new ReturnCommand("Chỉ tiêu tuyên truyền thấp hơn năm 2023", Map.of())));
			return this;
		}

		/** The step with the test clock at that moment of 2024, then back to real time. */
		private void dated(Instant at, Runnable step) {
			clock().run(at, step);
		}
	}
}
