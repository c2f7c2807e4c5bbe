package vn.atgt.thidua.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.exemplar.ExemplarCommand;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the commendation module: a committee with two communes in a campaign of the seed plan's dates, their
 * officers and heads, the 2024 district Giấy khen, and proposals taken through the door to any status.
 */
@Component
class CommendationFixture {

	final TestUnits units;
	final TestUsers users;
	final CampaignService campaigns;
	final ExemplarService exemplars;
	final ProposalService proposals;
	final MeetingService meetings;
	final AwardFormService forms;

	CommendationFixture(TestUnits units, TestUsers users, CampaignService campaigns, ExemplarService exemplars,
			ProposalService proposals, MeetingService meetings, AwardFormService forms) {
		this.units = units;
		this.users = users;
		this.campaigns = campaigns;
		this.exemplars = exemplars;
		this.proposals = proposals;
		this.meetings = meetings;
		this.forms = forms;
	}

	record Ban(Long committeeId, Long campaignId, UnitSummary banBo, UnitSummary binhLu) {
	}

	static final LocalDate DECISION = LocalDate.of(2024, 12, 20);

	Ban ban() {
		String name = TestUsers.uniqueName("Khen thưởng ");
		Long committee = units.committee(name);
		UnitSummary banBo = units.unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary binhLu = units.unit("UBND xã Bình Lư " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		Long campaign = campaigns.create(TestUsers.STANDING_OFFICE, committee, new CampaignCommand(
				TestUnits.uniqueCode("KH"), LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024", null, null, null, LocalDate.of(2024, 6, 21),
				LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		return new Ban(committee, campaign, banBo, binhLu);
	}

	CurrentUser officer(UnitSummary unit) {
		return users.create("canbo", unit.id(), Role.UNIT_OFFICER);
	}

	CurrentUser head(UnitSummary unit) {
		return users.create("truong", unit.id(), Role.UNIT_HEAD);
	}

	Long form(String code) {
		return forms.offeredOn(DECISION, null).stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow()
			.id();
	}

	Long giayKhen() {
		return form("GK-HUYEN-CD-2024");
	}

	Long recognisedExemplar(Ban ban, UnitSummary unit, CurrentUser office) {
		CurrentUser head = head(unit);
		Long id = exemplars.create(head, ban.campaignId(), new ExemplarCommand(ExemplarKind.COLLECTIVE_MODEL,
				"Cổng trường an toàn giao thông", null, "Hướng dẫn học sinh qua đường", LocalDate.of(2024, 9, 5),
				null, null, null, null));
		exemplars.propose(head, ban.campaignId(), id, 0);
		exemplars.recognise(office, ban.campaignId(), id, 1, true);
		return id;
	}

	static ProposalCommand individual(UnitSummary unit, String name, Gender gender, boolean frontLine, Long formId) {
		return new ProposalCommand(unit.id(), NomineeKind.INDIVIDUAL, name, "Công chức Văn hóa - Xã hội", gender,
				frontLine, formId, DECISION, "Tổ chức 15 buổi tuyên truyền, vượt chỉ tiêu đăng ký",
				"Báo cáo thành tích: trong năm 2024 đã tổ chức 15 buổi tuyên truyền cho 1.620 lượt người.", List.of());
	}

	/** A proposal of the unit taken to ACCEPTED by its head and the office. */
	Long accepted(Ban ban, UnitSummary unit, ProposalCommand command, CurrentUser office) {
		CurrentUser head = head(unit);
		Long id = proposals.create(head, ban.campaignId(), command);
		proposals.submit(head, ban.campaignId(), id, 0);
		proposals.accept(office, ban.campaignId(), id, 1);
		return id;
	}

	/** The meeting: 9 of 11 present, threshold 50 %, the votes given. */
	void meeting(Ban ban, CurrentUser office, Map<Long, Integer> votes) {
		meetings.record(office, ban.campaignId(), new MeetingCommand(LocalDate.of(2024, 12, 12), "Lò Văn Chủ trì",
				"Tao Thị Thư ký", 9, 11, new BigDecimal("50"), votes));
	}
}
