package vn.atgt.thidua.exemplar;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the exemplar module: a committee with two communes and an agency taking part in a campaign of the seed
 * plan's dates, their officers and heads, and exemplars written, proposed and recognised through the door.
 */
@Component
class ExemplarFixture {

	final TestUnits units;
	final TestUsers users;
	final CampaignService campaigns;
	final ExemplarService exemplars;

	ExemplarFixture(TestUnits units, TestUsers users, CampaignService campaigns, ExemplarService exemplars) {
		this.units = units;
		this.users = users;
		this.campaigns = campaigns;
		this.exemplars = exemplars;
	}

	record Ban(Long committeeId, Long campaignId, UnitSummary banBo, UnitSummary binhLu, UnitSummary police) {
	}

	Ban ban() {
		String name = TestUsers.uniqueName("Điển hình ");
		Long committee = units.committee(name);
		UnitSummary banBo = units.unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary binhLu = units.unit("UBND xã Bình Lư " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary police = units.unit("Công an huyện " + name, UnitKind.AGENCY, committee);
		Long campaign = campaigns.create(TestUsers.STANDING_OFFICE, committee, new CampaignCommand(
				TestUnits.uniqueCode("KH"), LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024", null, null, null, LocalDate.of(2024, 6, 21),
				LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		return new Ban(committee, campaign, banBo, binhLu, police);
	}

	CurrentUser officer(UnitSummary unit) {
		return users.create("canbo", unit.id(), Role.UNIT_OFFICER);
	}

	CurrentUser head(UnitSummary unit) {
		return users.create("truong", unit.id(), Role.UNIT_HEAD);
	}

	static ExemplarCommand model(String title) {
		return new ExemplarCommand(ExemplarKind.COLLECTIVE_MODEL, title, null,
				"Đoàn viên, phụ huynh hướng dẫn học sinh qua đường giờ tan trường", LocalDate.of(2024, 9, 5),
				"Số vụ va chạm trước cổng trường", new BigDecimal("3"), BigDecimal.ZERO, "Không còn va chạm");
	}

	/** An exemplar of the unit, proposed by its head and recognised by the office. */
	Long recognised(Ban ban, UnitSummary unit, String title, CurrentUser office) {
		CurrentUser head = head(unit);
		Long id = exemplars.create(head, ban.campaignId(), model(title));
		exemplars.propose(head, ban.campaignId(), id, 0);
		exemplars.recognise(office, ban.campaignId(), id, 1, true);
		return id;
	}
}
