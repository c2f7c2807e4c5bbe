package vn.atgt.thidua.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.AccidentQueries;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserCommand;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.ParticipantService;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.unit.AreaLevelOption;
import vn.atgt.thidua.unit.AreaRow;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeKind;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

/**
 * The province beside Tam Đường 2024 (issue 18): the Ban ATGT of Lai Châu province (standing office Sở Xây dựng) over
 * two 2025 commune committees of the official list, Bản Bo and Bình Lư (successors of the former Tam Đường communes),
 * each with a few member units and its office and leader accounts (password demo1234). In the second half of 2025 the
 * province launches a movement and each commune launches its own following it; the communes register targets, send
 * reports (one late) and their police enter accident months against 2024. All of it sample data.
 * <p>
 * {@link #organise} runs from {@link DemoOrganisation} before the Tam Đường committee is made (which so stays the last
 * committee made and the installation's first by name); the movements run last ({@link #run}), through the doors, at
 * the moments of the story ({@link StoryClock}).
 */
@Component
@Profile("demo")
@Order(90)
public class DemoProvince implements ApplicationRunner {

	static final String PROVINCE = "Ban An toàn giao thông tỉnh Lai Châu";
	static final String PROVINCE_PLAN = "45/KH-BATGT";
	static final String SAMPLE = "Số liệu mẫu";

	/** The two communes of the demo: code prefix, 2025 commune name, its plan number and date, its accident months. */
	private record Commune(String prefix, String name, String login, String planNumber, LocalDate planDate,
			int[][] months) {
	}

	/** Cases, deaths, injured per month: Aug–Nov 2025, then the same months of 2024. */
	private static final List<Commune> COMMUNES = List.of(
			new Commune("BB", "Bản Bo", "banbo", "12/KH-BATGT", LocalDate.of(2025, 7, 25),
					new int[][] { { 1, 0, 1 }, { 0, 0, 0 }, { 1, 1, 0 }, { 0, 0, 0 }, { 2, 1, 2 }, { 1, 0, 1 },
							{ 1, 0, 2 }, { 1, 1, 0 } }),
			new Commune("BL", "Bình Lư", "binhlu", "08/KH-BATGT", LocalDate.of(2025, 8, 1),
					new int[][] { { 0, 0, 0 }, { 1, 0, 2 }, { 0, 0, 0 }, { 1, 0, 1 }, { 1, 0, 1 }, { 0, 0, 0 },
							{ 2, 1, 1 }, { 1, 0, 1 } }));

	private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

	private final AreaService areas;
	private final UnitService units;
	private final CommitteeService committees;
	private final UserAdminService users;
	private final CampaignService campaigns;
	private final TaskAreaService taskAreas;
	private final PeriodService periods;
	private final ParticipantService participants;
	private final RegistrationService targets;
	private final ReportService reports;
	private final ReportQueries reportQueries;
	private final AccidentService accidents;
	private final AccidentQueries accidentQueries;
	private final DemoPeople people;
	private final StoryClock clock;

	DemoProvince(AreaService areas, UnitService units, CommitteeService committees, UserAdminService users,
			CampaignService campaigns, TaskAreaService taskAreas, PeriodService periods,
			ParticipantService participants, RegistrationService targets, ReportService reports,
			ReportQueries reportQueries, AccidentService accidents, AccidentQueries accidentQueries, DemoPeople people,
			StoryClock clock) {
		this.areas = areas;
		this.units = units;
		this.committees = committees;
		this.users = users;
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.targets = targets;
		this.reports = reports;
		this.reportQueries = reportQueries;
		this.accidents = accidents;
		this.accidentQueries = accidentQueries;
		this.people = people;
		this.clock = clock;
	}

	// --- the committees, units and accounts -----------------------------------------------------------------------

	/** The province's committee and the two communes' under it, with units and accounts (areas already loaded). */
	void organise(Long provinceArea) {
		Long communeLevel = areas.levels().stream().filter(l -> l.code().equals("COMMUNE"))
			.map(AreaLevelOption::id).findFirst().orElseThrow();
		Long province = committee(new CommitteeCommand(PROVINCE, provinceArea, null, "UBND TỈNH LAI CHÂU",
				"BAN AN TOÀN GIAO THÔNG", "BATGT", "Lai Châu", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
				"GIÁM ĐỐC SỞ XÂY DỰNG", "Nguyễn Văn M",
				"Ban ATGT các xã, phường;\nCác thành viên Ban ATGT tỉnh;\nLưu: VT, SXD.", CommitteeKind.BAN_ATGT,
				null));
		Long office = unit("LC-SXD", "Sở Xây dựng tỉnh Lai Châu", "Sở Xây dựng", UnitKind.AGENCY, provinceArea,
				province, false);
		unit("LC-CAT", "Công an tỉnh Lai Châu", "Công an tỉnh", UnitKind.AGENCY, provinceArea, province, true);
		standingOffice(province, office);
		user("thuongtructinh", "Lường Thị Nga", "Chuyên viên Sở Xây dựng", office, Role.STANDING_OFFICE, province);
		user("lanhdaotinh", "Nguyễn Văn M", "Giám đốc Sở Xây dựng, Phó Trưởng ban thường trực", null, Role.LEADER,
				province);
		for (Commune c : COMMUNES) {
			Long area = areas.childrenOn(provinceArea, OfficialAreasDay.AFTER_REFORM).stream()
				.filter(a -> a.name().equals(c.name()) && a.levelId().equals(communeLevel))
				.map(AreaRow::id)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("not in the official list: " + c.name()));
			String upper = c.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
			Long committee = committee(new CommitteeCommand("Ban An toàn giao thông xã " + c.name(), area, null,
					"UBND XÃ " + upper, "BAN AN TOÀN GIAO THÔNG", "BATGT", c.name(), "TM. BAN AN TOÀN GIAO THÔNG",
					"TRƯỞNG BAN", "CHỦ TỊCH UBND XÃ", "Tẩn Văn " + (c.prefix().equals("BB") ? "K" : "L"),
					"Các thành viên Ban ATGT xã;\nBan ATGT tỉnh Lai Châu;\nLưu: VT.", CommitteeKind.BAN_ATGT,
					province));
			Long kinhTe = unit(c.prefix() + "-KT", "Phòng Kinh tế xã " + c.name(), "Phòng Kinh tế", UnitKind.AGENCY,
					area, committee, false);
			unit(c.prefix() + "-CA", "Công an xã " + c.name(), "Công an xã", UnitKind.AGENCY, area, committee, true);
			unit(c.prefix() + "-THCS", "Trường THCS xã " + c.name(), "Trường THCS", UnitKind.AGENCY, area,
					committee, false);
			unit(c.prefix() + "-DTN", "Đoàn Thanh niên xã " + c.name(), "Đoàn Thanh niên",
					UnitKind.MASS_ORGANISATION, area, committee, false);
			standingOffice(committee, kinhTe);
			user("thuongtruc" + c.login(), "Cán bộ Phòng Kinh tế xã " + c.name(), "Chuyên viên Phòng Kinh tế",
					kinhTe, Role.STANDING_OFFICE, committee);
			user("lanhdao" + c.login(), "Chủ tịch UBND xã " + c.name(), "Chủ tịch UBND xã, Trưởng Ban ATGT", null,
					Role.LEADER, committee);
		}
	}

	private Long committee(CommitteeCommand command) {
		return committees.create(command);
	}

	private void standingOffice(Long committee, Long office) {
		var v = committees.get(committee);
		committees.update(committee, v.version(), new CommitteeCommand(v.name(), v.areaId(), office, v.parentBody(),
				v.issuingBody(), v.issuerCode(), v.placeName(), v.signatureAuthority(), v.signerTitle(),
				v.signerNote(), v.signerName(), v.defaultRecipients(), v.kind(), v.parentId()));
	}

	private Long unit(String code, String name, String shortName, UnitKind kind, Long area, Long committee,
			boolean accidentFigures) {
		return units.create(new UnitCommand(code, name, shortName, kind, area, committee,
				code.toLowerCase(java.util.Locale.ROOT) + "@laichau.example.vn", null, accidentFigures));
	}

	private void user(String username, String fullName, String jobTitle, Long unitId, Role role, Long committee) {
		users.createWithOwnPassword(new UserCommand(username, fullName, jobTitle, username + "@laichau.example.vn",
				null, unitId, EnumSet.of(role)), DemoOrganisation.PASSWORD, committee);
	}

	// --- the movements -------------------------------------------------------------------------------------------

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long province = committees.committees().stream().filter(c -> c.name().equals(PROVINCE))
			.map(CommitteeSummary::id).findFirst().orElse(null);
		if (province == null || !campaigns.listOf(province, null).isEmpty()) {
			return;
		}
		CurrentUser provinceOffice = people.account("thuongtructinh", Role.STANDING_OFFICE);
		Long parent = launch(provinceOffice, province, PROVINCE_PLAN, LocalDate.of(2025, 7, 15),
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông 6 tháng cuối năm 2025 trên địa bàn "
						+ "tỉnh Lai Châu",
				"Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh",
				null);
		for (Commune c : COMMUNES) {
			CurrentUser office = people.account("thuongtruc" + c.login(), Role.STANDING_OFFICE);
			Long id = launch(office, office.committeeId(), c.planNumber(), c.planDate(),
					"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông 6 tháng cuối năm 2025 trên địa "
							+ "bàn xã " + c.name(),
					null, parent);
			story(c, id, office);
		}
		log.info("Demo province of Lai Châu: the province's movement and two communes' following it (sample data).");
	}

	/**
	 * The campaigns of the child committees of the demo's province (the communes' movements following the province's
	 * 45/KH-BATGT), in the communes' order (Bản Bo, Bình Lư); empty when the demo has no province. What a step that
	 * sends a commune's year-end report upward starts from.
	 */
	public List<Long> childCampaignIds() {
		Long province = committees.committees().stream().filter(c -> c.name().equals(PROVINCE))
			.map(CommitteeSummary::id).findFirst().orElse(null);
		if (province == null) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		for (CommitteeSummary child : committees.children(province)) {
			campaigns.listOf(child.id(), null).stream().map(CampaignSummary::id).forEach(ids::add);
		}
		return ids;
	}

	private Long launch(CurrentUser office, Long committee, String number, LocalDate planDate, String title,
			String basis, Long follows) {
		Instant at = moment(planDate, 9);
		Long id = clock.at(at, () -> campaigns.create(office, committee, new CampaignCommand(number, planDate, basis,
				title, "An toàn giao thông cho chính quyền hai cấp", null, null, planDate, LocalDate.of(2025, 12, 31),
				2024, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14, follows)));
		clock.run(at, () -> {
			taskAreas.addSeedPlanTaskAreas(office, id);
			periods.generate(office, id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2025, 8, 1),
					LocalDate.of(2025, 12, 31), PeriodGeneration.DEFAULT_DUE_DAY, false));
			participants.addMissingMembers(office, id);
			campaigns.activate(office, id);
		});
		return id;
	}

	/** A commune's sample story: two units register, report August and September (one late), police figures. */
	private void story(Commune c, Long campaignId, CurrentUser office) {
		Long taskArea = campaigns.taskAreas(campaignId).get(0).id();
		List<PeriodView> months = campaigns.periods(campaignId);
		for (String code : List.of(c.prefix() + "-CA", c.prefix() + "-THCS")) {
			Long unit = people.unit(code);
			CurrentUser person = people.sample(unit, "Cán bộ " + units.nameOf(unit));
			Instant registered = moment(c.planDate().plusDays(7), 10);
			clock.run(registered, () -> {
				targets.addTarget(person, campaignId, unit, new TargetCommand(taskArea, TargetKind.QUANTITATIVE, null,
						"Số buổi tuyên truyền pháp luật về trật tự, an toàn giao thông", "buổi",
						TargetDirection.AT_LEAST, BigDecimal.valueOf(2), BigDecimal.valueOf(6), null, null, null));
				targets.submit(person, campaignId, unit, targets.registration(person, campaignId, unit).version());
			});
			clock.run(registered.plusSeconds(86_400), () -> targets.approve(office, campaignId, unit,
					targets.registration(office, campaignId, unit).version()));
			Long target = targets.approvedTargets(campaignId, unit).get(0).id();
			for (int m = 0; m < 2 && m < months.size(); m++) {
				PeriodView period = months.get(m);
				// the school sends September's report four days late
				boolean late = m == 1 && code.endsWith("THCS");
				BigDecimal value = BigDecimal.valueOf(m + 1L);
				Instant sent = moment(period.dueDate().plusDays(late ? 4 : -2), 15);
				clock.run(sent, () -> {
					Long report = reports.open(person, campaignId, period.id());
					reports.save(person, report, reportQueries.report(office, report).version(), new ReportContent(
							Map.of(target, new EntryInput(value, null, null)), Map.of(), null,
							null), List.of());
					reports.submit(person, report, reportQueries.report(office, report).version(), null, List.of());
				});
			}
		}
		accidentMonths(c, campaignId, office);
	}

	private void accidentMonths(Commune c, Long campaignId, CurrentUser office) {
		Long police = people.unit(c.prefix() + "-CA");
		CurrentUser officer = people.sample(police, "Cán bộ Công an xã " + c.name());
		Long area = committees.summary(office.committeeId()).map(CommitteeSummary::areaId).orElseThrow();
		String[] keys = { "2025-08", "2025-09", "2025-10", "2025-11", "2024-08", "2024-09", "2024-10", "2024-11" };
		for (int i = 0; i < keys.length; i++) {
			AccidentPeriod period = accidents.period(campaignId, keys[i]);
			int[] f = c.months()[i];
			Instant entered = moment(i < 4 ? period.lastDay().plusDays(1) : c.planDate().plusDays(3), 9)
				.plusSeconds(60L * i);
			// a 2025 commune has no communes below it: its figures are one line for its whole area
			Map<Long, AccidentFigures> figures = Map.of(area, new AccidentFigures(f[0], f[1], f[2], 0, 0, 0, 0,
					null, null, null));
			String source = SAMPLE + " (Công an xã " + c.name() + ", tháng " + period.monthLabel() + ")";
			clock.run(entered, () -> accidents.save(officer, campaignId, period, 0,
					new SheetCommand(SheetScope.WHOLE_AREA, source, figures)));
			long version = accidentQueries.sheet(office, campaignId, period).version();
			clock.run(entered.plusSeconds(3600), () -> accidents.confirm(office, campaignId, period, version));
		}
	}

	private static Instant moment(LocalDate day, int hour) {
		return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant();
	}

	/** The day the 2025 communes are looked up on: the first of the two-tier system. */
	private static final class OfficialAreasDay {

		static final LocalDate AFTER_REFORM = DemoOrganisation.REFORM;
	}
}
