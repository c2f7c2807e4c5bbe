package vn.atgt.thidua.accident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.AreaCommand;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the accident module: a committee with its own district, a town and communes (fresh names, since tests
 * share the database), its police unit (which supplies accident figures) and another member unit, and a campaign
 * of the seed plan's dates (21/6–31/12/2024, baseline 2023); figures entered and confirmed through the service.
 */
@Component
class AccidentFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final AreaService areas;
	final CommitteeService committees;
	final UnitService units;
	final CampaignService campaigns;
	final AccidentService accidents;
	final AccidentQueries queries;
	final TestUnits testUnits;
	final TestUsers users;

	AccidentFixture(AreaService areas, CommitteeService committees, UnitService units, CampaignService campaigns,
			AccidentService accidents, AccidentQueries queries, TestUnits testUnits, TestUsers users) {
		this.areas = areas;
		this.committees = committees;
		this.units = units;
		this.campaigns = campaigns;
		this.accidents = accidents;
		this.queries = queries;
		this.testUnits = testUnits;
		this.users = users;
	}

	/** A committee's district with its town and communes, its units and a campaign. */
	record Ban(Long committeeId, Long districtId, String districtName, Long townId, List<Long> communeIds,
			UnitSummary police, UnitSummary school, Long campaignId) {

		/** The town first, then the communes: the order of the entry grid. */
		List<Long> areaIds() {
			List<Long> all = new ArrayList<>();
			all.add(townId);
			all.addAll(communeIds);
			return all;
		}
	}

	static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
	}

	/** A district with a town and {@code communes} communes, counted by the police convention. */
	Ban ban(int communes) {
		return ban(communes, AccidentPeriodConvention.POLICE_15_TO_14, CampaignGoals.all());
	}

	Ban ban(int communes, AccidentPeriodConvention convention, CampaignGoals goals) {
		return ban(communes, convention, goals, LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31));
	}

	/** A district and a campaign of the given dates (baseline 2023). */
	Ban ban(int communes, AccidentPeriodConvention convention, CampaignGoals goals, LocalDate start, LocalDate end) {
		String name = unique("TNGT ");
		Long district = areas.create(new AreaCommand(name, null, testUnits.levelId("DISTRICT"), null, null, null));
		Long town = areas.create(new AreaCommand(name, null, testUnits.levelId("TOWNSHIP"), district, null, null));
		List<Long> communeIds = new ArrayList<>();
		for (int i = 1; i <= communes; i++) {
			communeIds.add(areas.create(new AreaCommand(String.format("Xã số %02d", i), null,
					testUnits.levelId("COMMUNE"), district, null, null)));
		}
		Long committee = committees.create(new CommitteeCommand("Ban ATGT " + name, district, null, "UBND HUYỆN",
				"BAN AN TOÀN GIAO THÔNG", "BATGT", "Tam Đường", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", null,
				"Lê Văn Thử", "Lưu: VT."));
		UnitSummary police = unit("Công an " + name, committee, true);
		UnitSummary school = unit("Phòng Giáo dục " + name, committee, false);
		Long campaign = campaigns.create(TestUsers.STANDING_OFFICE, committee, new CampaignCommand(unique("KH-TNGT-"),
				LocalDate.of(2024, 6, 21), null, "Phong trào thi đua bảo đảm TTATGT năm 2024", null, null, null, start,
				end, 2023, goals, convention));
		return new Ban(committee, district, "Huyện " + name, town, communeIds, police, school, campaign);
	}

	UnitSummary unit(String name, Long committeeId, boolean suppliesAccidentFigures) {
		Long id = units.create(new UnitCommand(TestUnits.uniqueCode("A"), name, null, UnitKind.AGENCY, null,
				committeeId, "tngt@example.vn", null, suppliesAccidentFigures));
		return units.find(id).orElseThrow();
	}

	CurrentUser police(Ban ban) {
		return users.create("congan", ban.police().id(), Role.UNIT_OFFICER);
	}

	CurrentUser otherUnit(Ban ban) {
		return users.create("giaoduc", ban.school().id(), Role.UNIT_HEAD);
	}

	/** Figures of the town and each commune, in the order of {@link Ban#areaIds()}. */
	static Map<Long, AccidentFigures> byArea(Ban ban, AccidentFigures... figures) {
		Map<Long, AccidentFigures> map = new LinkedHashMap<>();
		List<Long> ids = ban.areaIds();
		for (int i = 0; i < ids.size(); i++) {
			map.put(ids.get(i), i < figures.length ? figures[i] : AccidentFigures.ZERO);
		}
		return map;
	}

	/** Saves and confirms a month's figures by area, as the police and the office would. */
	void confirmed(Ban ban, String month, AccidentFigures... figures) {
		saved(ban, month, figures);
		AccidentPeriod period = accidents.period(ban.campaignId(), month);
		accidents.confirm(users.office(), ban.campaignId(), period, version(ban, month));
	}

	/** Saves a month's figures by area as a draft. */
	void saved(Ban ban, String month, AccidentFigures... figures) {
		AccidentPeriod period = accidents.period(ban.campaignId(), month);
		accidents.save(users.office(), ban.campaignId(), period, version(ban, month),
				new SheetCommand(SheetScope.BY_AREA, "Công an huyện, báo cáo tháng " + month, byArea(ban, figures)));
	}

	/** Saves and confirms one line for the whole district. */
	void confirmedWhole(Ban ban, String month, AccidentFigures figures) {
		AccidentPeriod period = accidents.period(ban.campaignId(), month);
		CurrentUser office = users.office();
		accidents.save(office, ban.campaignId(), period, version(ban, month),
				new SheetCommand(SheetScope.WHOLE_AREA, "Công an tỉnh", Map.of(ban.districtId(), figures)));
		accidents.confirm(office, ban.campaignId(), period, version(ban, month));
	}

	long version(Ban ban, String month) {
		AccidentPeriod period = accidents.period(ban.campaignId(), month);
		return queries.sheet(users.admin(), ban.campaignId(), period).version();
	}
}
