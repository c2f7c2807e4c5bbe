package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.scoring.CriterionCommand;
import vn.atgt.thidua.scoring.CriterionKind;
import vn.atgt.thidua.scoring.ScoreInput;
import vn.atgt.thidua.scoring.ScoreTableService;
import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.scoring.ScoringService;
import vn.atgt.thidua.scoring.SuggestionRule;
import vn.atgt.thidua.scoring.TableSettings;

/**
 * The year-end scoring of the demo story (December 2024), marked as sample data: the standing office's sample score
 * table of 100 points in five groups mirroring the plan's tasks (direction, propaganda, enforcement, infrastructure,
 * accident outcome), bonus points capped at 5, a deduction per late report capped at 5, one exclusion condition and
 * the grades Xuất sắc ≥ 90, Tốt ≥ 80, Hoàn thành ≥ 50; then units' scores in every state, through the doors: the
 * district police accepted after the office lowered one criterion with a reason, then confirmed as the final result
 * by the leadership after the council's meeting, two more accepted (one of them
 * excluded for an especially serious accident), Bản Bo returned with a reason, one submitted and waiting, one draft.
 * All points are sample figures, not results of the real movement.
 */
@Component
@Profile("demo")
@Order(70)
class DemoScoring implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoScoring.class);

	private final CampaignService campaigns;
	private final ScoreTableService tables;
	private final ScoringService scores;
	private final ScoringQueries queries;
	private final DemoPeople people;
	private final StoryClock storyClock;

	DemoScoring(CampaignService campaigns, ScoreTableService tables, ScoringService scores, ScoringQueries queries,
			DemoPeople people, StoryClock storyClock) {
		this.campaigns = campaigns;
		this.tables = tables;
		this.scores = scores;
		this.queries = queries;
		this.people = people;
		this.storyClock = storyClock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CampaignSummary campaign = campaigns.listActive().stream()
			.filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber())).findFirst().orElse(null);
		if (campaign == null || tables.table(campaign.id()).isPresent()) {
			return;
		}
		Long id = campaign.id();
		CurrentUser office = people.account("thuongtruc", Role.STANDING_OFFICE);
		storyClock.at(at(2, 12, 9, 0), () -> {
			table(office, id);
			return null;
		});
		ScoreTableView table = tables.table(id).orElseThrow();
		Map<String, Long> c = new HashMap<>();
		table.criteria().forEach(line -> c.putIfAbsent(line.number(), line.id()));
		Long bonus = table.criteria().stream().filter(l -> l.kind() == CriterionKind.BONUS && l.leaf()).findFirst()
			.orElseThrow().id();
		Long late = table.criteria().stream().filter(l -> l.kind() == CriterionKind.DEDUCTION && l.leaf())
			.findFirst().orElseThrow().id();
		List<ParticipantView> units = campaigns.participants(id);

		CurrentUser police = people.account("conganhuyen", Role.UNIT_HEAD);
		Long policeScore = submit(id, police, points(c, bonus, late, "9", "10", "14", "15", "9", "9", "9", "18", "2",
				"0"), at(16, 12, 9, 0));
		storyClock.at(at(18, 12, 10, 0), () -> {
			scores.review(office, policeScore, version(office, policeScore), new ScoreInput(Map.of(c.get("3.2"), "7"),
					Map.of(c.get("3.2"), "Số liệu xử lý vi phạm nồng độ cồn chưa khớp báo cáo tháng 11 (mẫu)"), null));
			scores.accept(office, policeScore, version(office, policeScore));
			return null;
		});
		// the council met on 26/12; the leadership confirms the police's result as final (the others stay reviewed)
		CurrentUser leader = people.account("lanhdao", Role.LEADER);
		storyClock.at(at(27, 12, 8, 30), () -> {
			scores.confirmFinal(leader, policeScore, version(office, policeScore), java.time.LocalDate.of(2024, 12, 26),
					"Biên bản họp Hội đồng Thi đua - Khen thưởng số 12/BB-HĐTĐKT (mẫu)", new ScoreInput(null, null, null));
			return null;
		});

		CurrentUser banBo = people.account("chutichbanbo", Role.UNIT_HEAD);
		Long banBoScore = submit(id, banBo, points(c, bonus, late, "8", "9", "12", "10", "7", "7", "8", "15", "1",
				"2"), at(17, 12, 15, 0));
		storyClock.at(at(19, 12, 8, 30), () -> {
			scores.returnForChanges(office, banBoScore, version(office, banBoScore),
					"Bổ sung minh chứng tiêu chí 2.1 (biên bản các buổi tuyên truyền tại nhà văn hóa bản) — mẫu");
			return null;
		});

		List<ParticipantView> others = units.stream()
			.filter(p -> !p.unitId().equals(police.unitId()) && !p.unitId().equals(banBo.unitId())).toList();
		String[][] figures = { { "10", "10", "15", "14", "8", "8", "9", "17", "3", "0" },
				{ "9", "9", "14", "13", "8", "8", "8", "16", "2", "1" },
				{ "8", "8", "12", "12", "7", "7", "8", "15", "2", "2" },
				{ "7", "9", "13", "12", "6", "6", "7", "14", "0", "1" } };
		int scored = Math.min(figures.length, others.size());
		for (int i = 0; i < scored; i++) {
			ParticipantView p = others.get(i);
			CurrentUser unit = people.sample(p.unitId(), p.contactName() == null ? p.unitName() : p.contactName());
			String[] f = figures[i];
			Map<Long, String> values = points(c, bonus, late, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
					f[9]);
			if (i == 3) {
				storyClock.at(at(20, 12, 9, 0), () -> {
					Long draft = scores.start(unit, id);
					scores.save(unit, draft, version(unit, draft), new ScoreInput(values, null, null));
					return null;
				});
				continue;
			}
			Long score = submit(id, unit, values, at(16 + i, 12, 14, 0));
			if (i < 2) {
				storyClock.at(at(19, 12, 14, 0), () -> {
					scores.accept(office, score, version(office, score));
					return null;
				});
			}
			if (i == 1) {
				storyClock.at(at(20, 12, 10, 0), () -> {
					scores.exclude(office, score, version(office, score), table.exclusions().get(0).id(),
							"Vụ TNGT đặc biệt nghiêm trọng trên địa bàn (dữ liệu mẫu)");
					return null;
				});
			}
		}
		log.info("Demo score table (sample) with {} lines; {} units scored.", table.criteria().size(),
				scored + 2);
	}

	private void table(CurrentUser office, Long id) {
		tables.create(office, id, new TableSettings("Bảng chấm điểm thi đua bảo đảm TTATGT năm 2024 (mẫu)",
				d("100"), d("50"), d("5"), d("10")));
		tables.markSample(office, id);
		line(office, id, "1.", "Công tác lãnh đạo, chỉ đạo, điều hành", "20", null, null);
		line(office, id, "1.1", "Ban hành kế hoạch triển khai phong trào của đơn vị", "10",
				"Có kế hoạch đúng hạn: 10 điểm", "Kế hoạch của đơn vị");
		// the lines that data can inform suggest their points (targets, reports on time, accidents, late reports)
		Long propaganda = campaigns.taskAreas(id).stream().filter(a -> a.title().contains("tuyên truyền"))
			.map(TaskAreaView::id).findFirst().orElse(null);
		line(office, id, new CriterionCommand("1.2", "Đăng ký thi đua và báo cáo kết quả đầy đủ",
				CriterionKind.CRITERION, d("10"), null, null, "Báo cáo tháng, quý", null,
				SuggestionRule.REPORTS_ON_TIME, null));
		line(office, id, "2.", "Tuyên truyền, phổ biến pháp luật về TTATGT", "30", null, null);
		line(office, id, new CriterionCommand("2.1", "Tổ chức tuyên truyền tại cơ sở", CriterionKind.CRITERION,
				d("15"), null, null, "Biên bản các buổi tuyên truyền", null,
				propaganda == null ? null : SuggestionRule.TARGETS, propaganda));
		line(office, id, "2.2", "Vận động ký cam kết chấp hành pháp luật về TTATGT", "15", null,
				"Danh sách ký cam kết");
		line(office, id, "3.", "Tuần tra, kiểm soát, xử lý vi phạm", "20", null, null);
		line(office, id, "3.1", "Phối hợp tuần tra, kiểm soát", "10", null, null);
		line(office, id, "3.2", "Xử lý vi phạm nồng độ cồn", "10", null, "Số liệu xử lý vi phạm");
		line(office, id, new CriterionCommand("4.", "Kết cấu hạ tầng, hành lang an toàn đường bộ",
				CriterionKind.CRITERION, d("10"), null, null, "Biên bản giải tỏa", null, SuggestionRule.BLACK_SPOTS,
				null));
		line(office, id, new CriterionCommand("5.", "Kết quả kiềm chế tai nạn giao thông", CriterionKind.CRITERION,
				d("20"), null, "Giảm cả ba tiêu chí so với năm 2023: 20 điểm", null, null, SuggestionRule.ACCIDENTS,
				null));
		kind(office, id, "6.", "Điểm thưởng", CriterionKind.BONUS, null, null);
		kind(office, id, "a)", "Có mô hình mới, cách làm hay được nhân rộng", CriterionKind.BONUS, "5", null);
		kind(office, id, "7.", "Điểm trừ", CriterionKind.DEDUCTION, null, null);
		line(office, id, new CriterionCommand("a)", "Mỗi báo cáo nộp trễ hạn", CriterionKind.DEDUCTION, d("5"),
				d("1"), null, null, null, SuggestionRule.LATE_REPORTS, null));
		tables.addExclusion(office, id, version(id), "Để xảy ra vụ tai nạn giao thông đặc biệt nghiêm trọng trên "
				+ "địa bàn do lỗi chủ quan của đơn vị");
		tables.addGrade(office, id, version(id), "Xuất sắc", d("90"));
		tables.addGrade(office, id, version(id), "Tốt", d("80"));
		tables.addGrade(office, id, version(id), "Hoàn thành", d("50"));
		tables.addGrade(office, id, version(id), "Không hoàn thành", d("0"));
	}

	private void line(CurrentUser office, Long id, String number, String text, String max, String guidance,
			String evidence) {
		tables.addCriterion(office, id, version(id), new CriterionCommand(number, text, CriterionKind.CRITERION,
				d(max), null, guidance, evidence, null));
	}

	private void line(CurrentUser office, Long id, CriterionCommand command) {
		tables.addCriterion(office, id, version(id), command);
	}

	private void kind(CurrentUser office, Long id, String number, String text, CriterionKind kind, String max,
			String rate) {
		tables.addCriterion(office, id, version(id), new CriterionCommand(number, text, kind,
				max == null ? null : d(max), rate == null ? null : d(rate), null, null, null));
	}

	private long version(Long id) {
		return tables.table(id).orElseThrow().version();
	}

	/** Points by line 1.1, 1.2, 2.1, 2.2, 3.1, 3.2, 4., 5.; the bonus points; the late reports. */
	private static Map<Long, String> points(Map<String, Long> c, Long bonus, Long late, String... p) {
		String[] lines = { "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.", "5." };
		Map<Long, String> m = new HashMap<>();
		for (int i = 0; i < lines.length; i++) {
			m.put(c.get(lines[i]), p[i]);
		}
		m.put(bonus, p[8]);
		m.put(late, p[9]);
		return m;
	}

	private long version(CurrentUser user, Long scoreId) {
		return queries.scorePage(user, scoreId).score().version();
	}

	private Long submit(Long id, CurrentUser unit, Map<Long, String> values, java.time.Instant when) {
		return storyClock.at(when, () -> {
			Long score = scores.start(unit, id);
			scores.submit(unit, score, queries.scorePage(unit, score).score().version(), new ScoreInput(values,
					Map.of(), Map.of()));
			return score;
		});
	}

	private static BigDecimal d(String s) {
		return new BigDecimal(s);
	}
}
