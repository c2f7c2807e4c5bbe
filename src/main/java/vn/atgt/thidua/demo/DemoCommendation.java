package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.atgt.thidua.commendation.AwardFormService;
import vn.atgt.thidua.commendation.AwardFormView;
import vn.atgt.thidua.commendation.CommendationSettingsView;
import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.MeetingCommand;
import vn.atgt.thidua.commendation.MeetingService;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalCommand;
import vn.atgt.thidua.commendation.ProposalService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.exemplar.ExemplarCommand;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.ReplicationCommand;

/**
 * Sample exemplars and commendation proposals of the seed movement (journey 8), every one marked as sample data:
 * Bản Bo's "Cổng trường an toàn giao thông" recognised and replicated in two communes, a good deed proposed, a practice
 * returned, a draft; proposals in every status (draft, submitted, returned, accepted, published, approved, rejected,
 * forwarded, decided with the number entered in January 2025, not awarded), after a voting meeting on 12/12/2024 (9 of
 * 11 members present), with a quota of two proposals per unit that the district police and Bình Lư exceed (the list
 * warns). Built through the doors, each step at its moment on the {@link StoryClock}; runs once, when the campaign has
 * no exemplar yet.
 */
@Component
@Profile("demo")
@Order(70)
class DemoCommendation implements ApplicationRunner {

	static final String SAMPLE = "(dữ liệu mẫu)";

	private static final Logger log = LoggerFactory.getLogger(DemoCommendation.class);

	private final CampaignService campaigns;
	private final ExemplarService exemplars;
	private final ProposalService proposals;
	private final MeetingService meetings;
	private final AwardFormService forms;
	private final DemoPeople people;
	private final StoryClock clock;

	DemoCommendation(CampaignService campaigns, ExemplarService exemplars, ProposalService proposals,
			MeetingService meetings, AwardFormService forms, DemoPeople people, StoryClock clock) {
		this.campaigns = campaigns;
		this.exemplars = exemplars;
		this.proposals = proposals;
		this.meetings = meetings;
		this.forms = forms;
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long campaignId = campaigns.list(null).stream().filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber()))
			.map(CampaignSummary::id).findFirst().orElse(null);
		if (campaignId == null) {
			return;
		}
		CurrentUser clerk = people.account("thuongtruc", Role.STANDING_OFFICE);
		if (!exemplars.recognised(clerk, campaignId, null).isEmpty()) {
			return;
		}
		CurrentUser banBo = people.account("chutichbanbo", Role.UNIT_HEAD);
		CurrentUser binhLu = people.sample(people.unit("XA-BINHLU"), "Lò Văn Sáu");
		CurrentUser police = people.account("conganhuyen", Role.UNIT_HEAD);
		Long model = exemplars(campaignId, clerk, banBo, binhLu, police);
		proposals(campaignId, clerk, banBo, binhLu, police, model);
		log.info("Demo: sample exemplars and commendation proposals of the Tam Đường 2024 movement added");
	}

	private Long exemplars(Long campaignId, CurrentUser clerk, CurrentUser banBo, CurrentUser binhLu,
			CurrentUser police) {
		Long model = clock.at(at(2, 12, 9, 0), () -> exemplars.createSample(banBo, campaignId, new ExemplarCommand(
				ExemplarKind.COLLECTIVE_MODEL, "Cổng trường an toàn giao thông " + SAMPLE, null,
				"Đoàn viên thanh niên và phụ huynh hướng dẫn học sinh Trường PTDTBT THCS Bản Bo qua đường, đội mũ bảo "
						+ "hiểm, xếp hàng đón con giờ tan trường.",
				LocalDate.of(2024, 9, 5), "Số vụ va chạm trước cổng trường", new BigDecimal("3"), BigDecimal.ZERO,
				"Không còn va chạm trước cổng trường từ tháng 9/2024.")));
		clock.run(at(2, 12, 10, 0), () -> exemplars.propose(banBo, campaignId, model, 0));
		clock.run(at(4, 12, 8, 30), () -> exemplars.recognise(clerk, campaignId, model, 1, true));
		clock.run(at(5, 12, 9, 0), () -> exemplars.addReplication(clerk, campaignId, model,
				new ReplicationCommand(people.unit("XA-BINHLU"), LocalDate.of(2024, 10, 14), "Trường Tiểu học Bình Lư")));
		clock.run(at(5, 12, 9, 5), () -> exemplars.addReplication(clerk, campaignId, model,
				new ReplicationCommand(people.unit("XA-BANHON"), LocalDate.of(2024, 11, 4), "Trường PTDTBT THCS Bản Hon")));
		Long deed = clock.at(at(3, 12, 9, 0), () -> exemplars.createSample(binhLu, campaignId, new ExemplarCommand(
				ExemplarKind.GOOD_DEED, "Sơ cứu, đưa người bị nạn tai nạn giao thông đi cấp cứu " + SAMPLE,
				"Vàng A Dơ", "Anh Vàng A Dơ, nhân viên y tế thôn bản, sơ cứu và đưa người bị nạn đến Trung tâm Y tế.",
				LocalDate.of(2024, 10, 20), null, null, null, null)));
		clock.run(at(3, 12, 9, 30), () -> exemplars.propose(binhLu, campaignId, deed, 0));
		Long practice = clock.at(at(3, 12, 14, 0), () -> exemplars.createSample(police, campaignId,
				new ExemplarCommand(ExemplarKind.PRACTICE, "Tổ tuần tra lưu động ban đêm " + SAMPLE, null,
						"Tuần tra, kiểm soát nồng độ cồn trên Quốc lộ 4D từ 19 giờ đến 23 giờ.", LocalDate.of(2024, 8, 1),
						"Số vụ tai nạn liên quan đến rượu bia", new BigDecimal("2"), BigDecimal.ONE, null)));
		clock.run(at(3, 12, 14, 30), () -> exemplars.propose(police, campaignId, practice, 0));
		clock.run(at(4, 12, 9, 0), () -> exemplars.returnWith(clerk, campaignId, practice, 1,
				"Bổ sung số liệu kiểm tra nồng độ cồn theo từng tháng."));
		clock.at(at(6, 12, 9, 0), () -> exemplars.createSample(banBo, campaignId, new ExemplarCommand(
				ExemplarKind.PRACTICE, "Loa phát thanh thôn bản tuyên truyền an toàn giao thông " + SAMPLE, null,
				"Phát bản tin an toàn giao thông bằng tiếng Mông, tiếng Dao mỗi tối thứ Bảy.", LocalDate.of(2024, 7, 6),
				null, null, null, null)));
		return model;
	}

	private void proposals(Long campaignId, CurrentUser clerk, CurrentUser banBo, CurrentUser binhLu,
			CurrentUser police, Long model) {
		Long giayKhen = form("GK-HUYEN-CD-2024");
		LocalDate decision = LocalDate.of(2024, 12, 31);
		Long mai = proposal(banBo, campaignId, new ProposalCommand(people.unit("XA-BANBO"), NomineeKind.INDIVIDUAL,
				"Lò Thị Mai " + SAMPLE, "Công chức Văn hóa - Xã hội xã Bản Bo", Gender.FEMALE, true, giayKhen, decision,
				"Tổ chức 15 buổi tuyên truyền; xây dựng mô hình Cổng trường an toàn giao thông, nhân rộng ở 2 xã.",
				"Báo cáo thành tích (mẫu): năm 2024 tổ chức 15 buổi tuyên truyền cho 1.620 lượt người ...",
				List.of(model)), at(9, 12, 9, 0));
		Long school = proposal(binhLu, campaignId, new ProposalCommand(people.unit("XA-BINHLU"),
				NomineeKind.COLLECTIVE, "Trường Tiểu học Bình Lư " + SAMPLE, null, null, false, giayKhen, decision,
				"Nhân rộng mô hình Cổng trường an toàn giao thông từ tháng 10/2024.",
				"Báo cáo thành tích (mẫu) của tập thể ...", List.of()), at(9, 12, 10, 0));
		Long officer = proposal(police, campaignId, new ProposalCommand(people.unit("CAH"), NomineeKind.INDIVIDUAL,
				"Đỗ Văn G " + SAMPLE, "Cán bộ Đội CSGT-TT", Gender.MALE, true, giayKhen, decision,
				"Tham gia 48 ca tuần tra, kiểm soát nồng độ cồn ban đêm.", "Báo cáo thành tích (mẫu) ...", List.of()),
				at(9, 12, 11, 0));
		Long late = proposal(police, campaignId, new ProposalCommand(people.unit("CAH"), NomineeKind.INDIVIDUAL,
				"Trần Văn B " + SAMPLE, "Phó Trưởng Công an huyện", Gender.MALE, false, giayKhen, decision,
				"Chỉ đạo lực lượng tuần tra, kiểm soát.", null, List.of()), at(9, 12, 14, 0));
		proposal(banBo, campaignId, new ProposalCommand(people.unit("XA-BANBO"), NomineeKind.INDIVIDUAL,
				"Tẩn Thị Chăn " + SAMPLE, "Bí thư Đoàn xã", Gender.FEMALE, true, giayKhen, decision,
				"Ra quân tuyên truyền an toàn giao thông.", null, List.of()), null);
		proposal(police, campaignId, new ProposalCommand(people.unit("CAH"), NomineeKind.INDIVIDUAL,
				"Hoàng Văn Tú " + SAMPLE, "Cán bộ Đội CSGT-TT", Gender.MALE, true, giayKhen, decision,
				"Hướng dẫn giao thông tại các phiên chợ vùng cao.", "Báo cáo thành tích (mẫu) ...", List.of()),
				at(11, 12, 9, 0));
		Long squad = proposal(police, campaignId, new ProposalCommand(people.unit("CAH"), NomineeKind.COLLECTIVE,
				"Đội Cảnh sát giao thông - Trật tự " + SAMPLE, null, null, false, giayKhen, decision,
				"Phát hiện, xử lý 1.215 trường hợp vi phạm; không để xảy ra tai nạn đặc biệt nghiêm trọng.",
				"Báo cáo thành tích (mẫu) của tập thể ...", List.of()), at(9, 12, 15, 0));
		Long pao = proposal(binhLu, campaignId, new ProposalCommand(people.unit("XA-BINHLU"), NomineeKind.INDIVIDUAL,
				"Giàng A Páo " + SAMPLE, "Trưởng thôn", Gender.MALE, true, giayKhen, decision,
				"Vận động người dân thôn không uống rượu bia khi điều khiển xe.", "Báo cáo thành tích (mẫu) ...",
				List.of()), at(9, 12, 16, 0));
		Long may = proposal(binhLu, campaignId, new ProposalCommand(people.unit("XA-BINHLU"), NomineeKind.INDIVIDUAL,
				"Sần Thị Mây " + SAMPLE, "Chi hội trưởng Chi hội Phụ nữ", Gender.FEMALE, true, giayKhen, decision,
				"Vận động hội viên đội mũ bảo hiểm khi đi xe máy.", "Báo cáo thành tích (mẫu) ...", List.of()),
				at(11, 12, 10, 0));
		Long chu = proposal(banBo, campaignId, new ProposalCommand(people.unit("XA-BANBO"), NomineeKind.INDIVIDUAL,
				"Sùng A Chứ " + SAMPLE, "Công an viên", Gender.MALE, true, giayKhen, decision,
				"Tham gia giải tỏa lấn chiếm hành lang an toàn giao thông.", "Báo cáo thành tích (mẫu) ...",
				List.of()), at(9, 12, 17, 0));
		clock.run(at(9, 12, 18, 0), () -> meetings.updateSettings(clerk, campaignId,
				new CommendationSettingsView(new BigDecimal("50"), 2, 5, 0)));
		clock.run(at(10, 12, 8, 0), () -> {
			for (Long id : List.of(mai, school, officer, squad, pao, chu)) {
				proposals.accept(clerk, campaignId, id, 1);
			}
			proposals.returnWith(clerk, campaignId, late, 1, "Bổ sung báo cáo thành tích cá nhân.");
		});
		clock.run(at(10, 12, 9, 0), () -> {
			proposals.publish(clerk, campaignId, mai, 2);
			proposals.publish(clerk, campaignId, chu, 2);
		});
		clock.run(at(12, 12, 16, 0), () -> meetings.record(clerk, campaignId, new MeetingCommand(
				LocalDate.of(2024, 12, 12), "Lê Văn Ký", "Phạm Thị Thường", 9, 11, new BigDecimal("50"),
				Map.of(mai, 8, school, 9, officer, 7, squad, 9, pao, 3))));
		clock.run(at(13, 12, 9, 0), () -> {
			proposals.approve(clerk, campaignId, mai, 4);
			proposals.approve(clerk, campaignId, school, 3);
			proposals.approve(clerk, campaignId, officer, 3);
			proposals.approve(clerk, campaignId, squad, 3);
			proposals.reject(clerk, campaignId, pao, 3, "Không đạt tỷ lệ phiếu đồng ý của Hội đồng (3/9 thành viên có mặt).");
		});
		clock.run(at(13, 12, 10, 0), () -> proposals.accept(clerk, campaignId, may, 1));
		clock.run(at(16, 12, 9, 0), () -> {
			proposals.forward(clerk, campaignId, mai, 5);
			proposals.forward(clerk, campaignId, school, 4);
			proposals.forward(clerk, campaignId, squad, 4);
		});
		clock.run(java.time.LocalDateTime.of(2025, 1, 10, 9, 0).atZone(vn.atgt.thidua.common.format.Formats.ZONE)
			.toInstant(), () -> proposals.decide(clerk, campaignId, mai, 6, "15/QĐ-UBND (mẫu)",
					LocalDate.of(2025, 1, 8), "Chủ tịch UBND huyện Tam Đường"));
		clock.run(java.time.LocalDateTime.of(2025, 1, 10, 9, 5).atZone(vn.atgt.thidua.common.format.Formats.ZONE)
			.toInstant(), () -> proposals.notAwarded(clerk, campaignId, squad, 5,
					"Tập thể đã được khen thưởng cho cùng thành tích trong năm (mẫu)."));
	}

	/** A proposal prepared and, when {@code submittedAt} is given, submitted by the unit at that moment. */
	private Long proposal(CurrentUser unit, Long campaignId, ProposalCommand command, java.time.Instant submittedAt) {
		Long id = clock.at(at(8, 12, 15, 0), () -> proposals.createSample(unit, campaignId, command));
		if (submittedAt != null) {
			clock.run(submittedAt, () -> proposals.submit(unit, campaignId, id, 0));
		}
		return id;
	}

	private Long form(String code) {
		return forms.offeredOn(LocalDate.of(2024, 12, 31), null).stream().filter(f -> f.code().equals(code))
			.map(AwardFormView::id).findFirst().orElseThrow();
	}
}
