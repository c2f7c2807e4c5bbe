package vn.atgt.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.AreaCommand;
import vn.atgt.thidua.unit.AreaLevelOption;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the campaign module: a committee with its own district and member units (fresh names, since tests
 * share the database), and a builder of campaigns in any state: {@code campaigns.aCampaign(org).withTaskAreas(2)
 * .withMonthlyPeriods(7, 12).active().create()}.
 */
@Component
class CampaignFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final AreaService areas;
	final CommitteeService committees;
	final UnitService units;
	final CampaignService campaigns;
	final TaskAreaService taskAreas;
	final PeriodService periods;
	final ParticipantService participants;
	final CampaignQueries queries;
	private final TestUsers users;
	private CurrentUser office;

	CampaignFixture(AreaService areas, CommitteeService committees, UnitService units, CampaignService campaigns,
			TaskAreaService taskAreas, PeriodService periods, ParticipantService participants, CampaignQueries queries,
			TestUsers users) {
		this.areas = areas;
		this.committees = committees;
		this.units = units;
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.queries = queries;
		this.users = users;
	}

	/**
	 * The standing office's clerk who sets the fixture's campaigns up: one account per committee, of the committee
	 * built last (committees are sealed from each other, issue 18).
	 */
	CurrentUser office() {
		if (office == null || !office.committeeId().equals(users.latestCommittee())) {
			office = users.office();
		}
		return office;
	}

	/** A committee with its member units (two agencies and two communes) and one inactive unit. */
	record Organisation(Long committeeId, String committeeName, List<UnitSummary> units, UnitSummary inactive) {

		UnitSummary unit(int index) {
			return units.get(index);
		}
	}

	static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
	}

	Organisation organisation() {
		String name = unique("Huyện thử ");
		Long district = areas.create(new AreaCommand(name, null, level("DISTRICT"), null, null, null));
		Long committee = committees.create(new CommitteeCommand("Ban ATGT " + name, district, null, "UBND HUYỆN THỬ",
				"BAN AN TOÀN GIAO THÔNG", "BATGT", "Tam Đường", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", null,
				"Lê Văn Thử", "Lưu: VT."));
		List<UnitSummary> members = new ArrayList<>();
		members.add(unit("Công an huyện " + name, "Công an", UnitKind.AGENCY, committee));
		members.add(unit("Phòng Giáo dục và Đào tạo " + name, "Phòng GD&ĐT", UnitKind.AGENCY, committee));
		members.add(unit("UBND xã Bản Bo " + name, "Xã Bản Bo", UnitKind.COMMUNE_COMMITTEE, committee));
		members.add(unit("UBND xã Bình Lư " + name, "Xã Bình Lư", UnitKind.COMMUNE_COMMITTEE, committee));
		UnitSummary inactive = unit("Hội đã giải thể " + name, null, UnitKind.MASS_ORGANISATION, committee);
		units.setActive(inactive.id(), false);
		return new Organisation(committee, "Ban ATGT " + name, List.copyOf(members), units.find(inactive.id()).orElseThrow());
	}

	UnitSummary unit(String name, String shortName, UnitKind kind, Long committeeId) {
		String code = "C" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
		Long id = units.create(new UnitCommand(code, name, shortName, kind, null, committeeId,
				code.toLowerCase(Locale.ROOT) + "@example.vn", "0213 3876 111", false));
		return units.find(id).orElseThrow();
	}

	private Long level(String code) {
		return areas.levels().stream().filter(l -> l.code().equals(code)).map(AreaLevelOption::id).findFirst()
			.orElseThrow();
	}

	/** The seed plan's campaign (21/6–31/12/2024, baseline 2023) with a fresh plan number. */
	static CampaignCommand seedPlan(String planNumber) {
		return new CampaignCommand(planNumber, LocalDate.of(2024, 6, 21),
				"Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu",
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn huyện Tam Đường",
				"Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn", "Mục đích", "Yêu cầu",
				LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(),
				AccidentPeriodConvention.POLICE_15_TO_14);
	}

	CampaignBuilder aCampaign(Organisation organisation) {
		return new CampaignBuilder(organisation);
	}

	/** Builds a campaign through the public services, as the office would. */
	class CampaignBuilder {

		private final Organisation organisation;
		private String planNumber = unique("KH-");
		private int taskAreaCount;
		private boolean seedTaskAreas;
		private int firstMonth;
		private int lastMonth;
		private boolean withoutParticipants;
		private CampaignStatus status = CampaignStatus.DRAFT;

		CampaignBuilder(Organisation organisation) {
			this.organisation = organisation;
		}

		CampaignBuilder planNumber(String number) {
			this.planNumber = number;
			return this;
		}

		CampaignBuilder withTaskAreas(int count) {
			this.taskAreaCount = count;
			return this;
		}

		CampaignBuilder withSeedTaskAreas() {
			this.seedTaskAreas = true;
			return this;
		}

		/** Monthly periods of 2024, due on the 20th of the next month. */
		CampaignBuilder withMonthlyPeriods(int fromMonth, int toMonth) {
			this.firstMonth = fromMonth;
			this.lastMonth = toMonth;
			return this;
		}

		CampaignBuilder withoutParticipants() {
			this.withoutParticipants = true;
			return this;
		}

		CampaignBuilder active() {
			this.status = CampaignStatus.ACTIVE;
			return this;
		}

		CampaignBuilder closed() {
			this.status = CampaignStatus.CLOSED;
			return this;
		}

		Long create() {
			Long id = campaigns.create(office(), organisation.committeeId(), seedPlan(planNumber));
			if (seedTaskAreas) {
				taskAreas.addSeedPlanTaskAreas(office(), id);
			}
			for (int i = 1; i <= taskAreaCount; i++) {
				taskAreas.add(office(), id, new TaskAreaCommand("Nhiệm vụ " + i, "Nội dung nhiệm vụ " + i));
			}
			if (firstMonth > 0) {
				periods.generate(office(), id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2024, firstMonth, 1),
						LocalDate.of(2024, lastMonth, 1).plusMonths(1).minusDays(1), 20, false));
			}
			if (withoutParticipants) {
				campaigns.participants(id).forEach(p -> participants.remove(office(), id, p.id()));
			}
			if (status != CampaignStatus.DRAFT) {
				campaigns.activate(office(), id);
			}
			if (status == CampaignStatus.CLOSED) {
				campaigns.close(office(), id);
			}
			return id;
		}
	}
}
