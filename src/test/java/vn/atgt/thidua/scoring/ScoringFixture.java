package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the scoring module, built through the doors: a running campaign with two units (the district police,
 * an agency; a commune) and their officers and heads, and a score table of 100 points: 1. (1.1 = 10, 1.2 = 10),
 * 2. = 30, 3. = 50; bonus 4. a) 3 and b) 3 under a cap of 5; deduction 5. a) 1 point per late report up to 5; one
 * exclusion condition; grades Xuất sắc ≥ 90, Tốt ≥ 80, Hoàn thành ≥ 50; pass mark 50.
 */
@Component
class ScoringFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final CampaignService campaigns;
	final TaskAreaService taskAreas;
	final PeriodService periods;
	final ScoreTableService tables;
	final ScoringService scores;
	final ScoringQueries queries;
	final TestUnits units;
	final TestUsers users;

	ScoringFixture(CampaignService campaigns, TaskAreaService taskAreas, PeriodService periods, ScoreTableService tables, ScoringService scores, ScoringQueries queries,
			TestUnits units, TestUsers users) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.tables = tables;
		this.scores = scores;
		this.queries = queries;
		this.units = units;
		this.users = users;
	}

	record Team(UnitSummary unit, CurrentUser officer, CurrentUser head) {
	}

	record Movement(Long campaignId, Team police, Team commune, CurrentUser office, CurrentUser leader) {

		String tablePage() {
			return "/campaigns/" + campaignId + "/score-table";
		}

		String ranking() {
			return "/campaigns/" + campaignId + "/scores";
		}
	}

	/** A running campaign with two units; no score table yet. */
	Movement movement() {
		return movement(0);
	}

	/** As {@link #movement()}, with that many more communes taking part (for the ranking's scale). */
	Movement movement(int moreCommunes) {
		String name = "Huyện chấm điểm " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		return movementIn(units.committee(name), name, moreCommunes);
	}

	/** Another running campaign of the same committee as {@code m} (committees are sealed from each other). */
	Movement sameCommittee(Movement m) {
		String name = "Huyện chấm điểm " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		return movementIn(campaigns.get(m.campaignId()).committeeId(), name, 0);
	}

	private Movement movementIn(Long committee, String name, int moreCommunes) {
		UnitSummary police = units.unit("Công an huyện " + name, UnitKind.AGENCY, committee);
		UnitSummary commune = units.unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		for (int i = 1; i <= moreCommunes; i++) {
			units.unit("UBND xã số " + i + " " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		}
		Long id = campaigns.create(TestUsers.STANDING_OFFICE, committee, new CampaignCommand(
				"KH-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000, LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024 " + name, null, null, null, LocalDate.of(2024, 6, 21),
				LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, id);
		periods.generate(TestUsers.STANDING_OFFICE, id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 31), 20, false));
		campaigns.activate(TestUsers.STANDING_OFFICE, id);
		return new Movement(id, team(police), team(commune), users.office(committee), users.leader(committee));
	}

	Team team(UnitSummary unit) {
		return new Team(unit, users.create("cbcham", unit.id(), Role.UNIT_OFFICER),
				users.create("ldcham", unit.id(), Role.UNIT_HEAD));
	}

	/** A running campaign with the fixture's complete score table. */
	Movement movementWithTable() {
		Movement m = movement();
		table(m);
		return m;
	}

	void table(Movement m) {
		Long c = m.campaignId();
		tables.create(m.office(), c, new TableSettings("Bảng chấm điểm thi đua năm 2024", d("100"), d("50"), d("5"),
				null));
		add(m, "1.", "Công tác chỉ đạo, điều hành", CriterionKind.CRITERION, "20", null);
		add(m, "1.1", "Ban hành kế hoạch triển khai", CriterionKind.CRITERION, "10", null);
		add(m, "1.2", "Báo cáo đúng hạn", CriterionKind.CRITERION, "10", null);
		add(m, "2.", "Tuyên truyền, phổ biến pháp luật", CriterionKind.CRITERION, "30", null);
		add(m, "3.", "Kết quả kiềm chế tai nạn giao thông", CriterionKind.CRITERION, "50", null);
		add(m, "4.", "Điểm thưởng", CriterionKind.BONUS, null, null);
		add(m, "a)", "Mô hình mới, cách làm hay", CriterionKind.BONUS, "3", null);
		add(m, "b)", "Được cấp trên khen thưởng", CriterionKind.BONUS, "3", null);
		add(m, "5.", "Điểm trừ", CriterionKind.DEDUCTION, null, null);
		add(m, "a)", "Mỗi báo cáo nộp trễ hạn", CriterionKind.DEDUCTION, "5", "1");
		tables.addExclusion(m.office(), c, version(m), "Để xảy ra vụ TNGT đặc biệt nghiêm trọng trên địa bàn");
		tables.addGrade(m.office(), c, version(m), "Xuất sắc", d("90"));
		tables.addGrade(m.office(), c, version(m), "Tốt", d("80"));
		tables.addGrade(m.office(), c, version(m), "Hoàn thành", d("50"));
	}

	void add(Movement m, String number, String text, CriterionKind kind, String max, String rate) {
		tables.addCriterion(m.office(), m.campaignId(), version(m), new CriterionCommand(number, text, kind,
				max == null ? null : d(max), rate == null ? null : d(rate), null, null, null));
	}

	long version(Movement m) {
		return table(m.campaignId()).version();
	}

	ScoreTableView table(Long campaignId) {
		return tables.table(campaignId).orElseThrow();
	}

	/** The id of the table's line with that number (the first of that number, or the one after {@code after}). */
	Long criterion(Movement m, String number) {
		return table(m.campaignId()).criteria().stream().filter(c -> c.number().equals(number)).findFirst()
			.orElseThrow().id();
	}

	/** The deduction "5. a)" (the second "a)"). */
	Long lateReports(Movement m) {
		return table(m.campaignId()).criteria().stream().filter(CriterionView::isDeduction)
			.filter(CriterionView::leaf).findFirst().orElseThrow().id();
	}

	/** Points by line number for the main criteria: "1.1", "1.2", "2.", "3.". */
	Map<Long, String> points(Movement m, String p11, String p12, String p2, String p3) {
		Map<Long, String> points = new HashMap<>();
		points.put(criterion(m, "1.1"), p11);
		points.put(criterion(m, "1.2"), p12);
		points.put(criterion(m, "2."), p2);
		points.put(criterion(m, "3."), p3);
		return points;
	}

	/** The team's score, started, filled and submitted by its head. */
	Long submitted(Movement m, Team team, Map<Long, String> points) {
		Long id = scores.start(team.officer(), m.campaignId());
		scores.submit(team.head(), id, view(m, id).version(), new ScoreInput(points, null, null));
		return id;
	}

	Long accepted(Movement m, Team team, Map<Long, String> points) {
		Long id = submitted(m, team, points);
		scores.accept(m.office(), id, view(m, id).version());
		return id;
	}

	ScoreView view(Movement m, Long scoreId) {
		return queries.scorePage(m.office(), scoreId).score();
	}

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}
}
