package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.EvidenceService;
import vn.atgt.thidua.report.EvidenceUpload;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportContent.NarrativeInput;
import vn.atgt.thidua.report.ReportQueries;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.registration.TargetView;

/**
 * Sample progress reports of the demo movement for July–November 2024 (the figures are illustrative, not the units'
 * real results; the evidence files are generated pictures and PDFs captioned "Ảnh minh họa (dữ liệu mẫu)"). The
 * police follow journey 3 of JOURNEYS.md in July (filled on 15/8, sent on 19/8, accepted on 21/8) and have a report
 * returned with a comment on an entry in October; the education office has an accepted report reopened and accepted
 * again; Nà Tăm, whose August report was returned for a missing photo and sent again three days late (journey 4), and
 * Khun Há register and have their targets approved here, so that communes report too. Reports wait in the office's
 * queue, one is returned and waiting for its unit, drafts are open, several are late; the health centre, whose
 * registration is not approved yet, reports its narrative only.
 */
@Component
@Profile("demo")
@Order(50)
class DemoReports implements ApplicationRunner {

	static final String SAMPLE = "Ảnh minh họa (dữ liệu mẫu)";
	static final String SAMPLE_DOCUMENT = "Tài liệu minh họa (dữ liệu mẫu)";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final CampaignService campaigns;
	private final RegistrationService targets;
	private final TargetSetupService setup;
	private final ReportService reports;
	private final ReportQueries reportQueries;
	private final EvidenceService evidence;
	private final DemoPeople people;
	private final StoryClock storyClock;

	private Long campaignId;
	private CurrentUser office;
	private final Map<Integer, Long> area = new HashMap<>();
	private final Map<Integer, PeriodView> month = new HashMap<>();
	private final Map<Long, String> contacts = new HashMap<>();

	DemoReports(CampaignService campaigns, RegistrationService targets, TargetSetupService setup, ReportService reports,
			ReportQueries reportQueries, EvidenceService evidence, DemoPeople people, StoryClock storyClock) {
		this.campaigns = campaigns;
		this.targets = targets;
		this.setup = setup;
		this.reports = reports;
		this.reportQueries = reportQueries;
		this.evidence = evidence;
		this.people = people;
		this.storyClock = storyClock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CampaignSummary campaign = campaigns.list(null).stream()
			.filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber()))
			.findFirst()
			.orElse(null);
		if (campaign == null || !reports.reportStatuses(campaign.id()).isEmpty()
				|| setup.suggestions(campaign.id()).isEmpty()) {
			return;
		}
		campaignId = campaign.id();
		campaigns.taskAreas(campaignId).forEach((TaskAreaView a) -> area.put(a.number(), a.id()));
		campaigns.periods(campaignId).forEach(p -> month.put(p.startDate().getMonthValue(), p));
		campaigns.participants(campaignId).forEach((ParticipantView p) -> contacts.put(p.unitId(), p.contactName()));
		office = people.account("thuongtruc", Role.STANDING_OFFICE);

		registerNaTam();
		registerKhunHa();
		police();
		education();
		naTam();
		khunHa();
		healthCentre();
		log.info("Demo progress reports created (July–November 2024).");
	}

	// --- the police: journey 3 in July --------------------------------------------------------------------------------

	private void police() {
		Unit police = new Unit("CAH", people.account("canbocongan", Role.UNIT_OFFICER),
				people.account("conganhuyen", Role.UNIT_HEAD));
		String area5 = "Tổ chức %s ca tuần tra, kiểm soát trên Quốc lộ 4D, Quốc lộ 32 và đường tỉnh 136; kiểm tra nồng độ "
				+ "cồn vào các buổi tối cuối tuần tại Km 12 và ngã ba Bình Lư.";
		Report july = police.report(7, at(15, 8, 8, 30))
			.value("Số lượt phương tiện được kiểm tra", 420).value("Số trường hợp vi phạm nồng độ cồn bị xử lý", 37)
			.value("Số vụ TNGT", 1).value("Số phương tiện được kiểm tra an toàn kỹ thuật", 26)
			.value("Số buổi tuyên truyền", 2).value("Số lượt người được tuyên truyền", 240)
			.value("Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 1)
			.value("Số người được tập huấn sơ cứu", 0).done("Phối hợp rà soát", false)
			.comment("Số lượt phương tiện được kiểm tra", "Trong đó 96 lượt xe ô tô kinh doanh vận tải")
			.narrative(5, String.format(area5, 12), "Phát hiện, xử lý 37 trường hợp vi phạm nồng độ cồn, tạm giữ 21 "
					+ "phương tiện, tước giấy phép lái xe 9 trường hợp.", "Thiếu máy đo nồng độ cồn cho các tổ công "
					+ "tác lưu động ở các xã vùng cao.", "Đề nghị Ban ATGT tỉnh hỗ trợ 02 máy đo nồng độ cồn.")
			.narrative(4, "Phối hợp Đài Truyền thanh huyện phát 4 tin về tác hại của việc lái xe sau khi uống rượu, bia.",
					null, null, null)
			.general("Lực lượng mỏng, địa bàn rộng, nhiều tuyến đường đèo dốc.", null)
			.photo("Số lượt phương tiện được kiểm tra", "chot-kiem-tra-km12.png",
					SAMPLE + ": chốt kiểm tra tại Km 12, Quốc lộ 4D")
			.photo("Số lượt phương tiện được kiểm tra", "kiem-tra-xe-khach.png", SAMPLE + ": kiểm tra xe khách")
			.photo("Số trường hợp vi phạm nồng độ cồn bị xử lý", "do-nong-do-con.png",
					SAMPLE + ": đo nồng độ cồn người điều khiển xe mô tô")
			.document("bao-cao-tong-hop-thang-7.pdf", SAMPLE_DOCUMENT + ": báo cáo tổng hợp tháng 7 có chữ ký")
			.save();
		july.submit(at(19, 8, 9, 30)).accept(at(21, 8, 14, 0));

		police.report(8, at(16, 9, 8, 0))
			.value("Số lượt phương tiện được kiểm tra", 510).value("Số trường hợp vi phạm nồng độ cồn bị xử lý", 41)
			.value("Số vụ TNGT", 2).value("Số phương tiện được kiểm tra an toàn kỹ thuật", 30)
			.value("Số buổi tuyên truyền", 3).value("Số lượt người được tuyên truyền", 310)
			.value("Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 1)
			.value("Số người được tập huấn sơ cứu", 0).done("Phối hợp rà soát", false)
			.narrative(5, String.format(area5, 14), "Xử lý 41 trường hợp vi phạm nồng độ cồn.", null, null)
			.photo("Số trường hợp vi phạm nồng độ cồn bị xử lý", "kiem-tra-dem.png", SAMPLE + ": kiểm tra ban đêm")
			.save().submit(at(18, 9, 10, 0)).accept(at(20, 9, 9, 0));

		police.report(9, at(18, 10, 8, 0))
			.value("Số lượt phương tiện được kiểm tra", 470).value("Số trường hợp vi phạm nồng độ cồn bị xử lý", 35)
			.value("Số vụ TNGT", 1).value("Số phương tiện được kiểm tra an toàn kỹ thuật", 28)
			.value("Số buổi tuyên truyền", 4).value("Số lượt người được tuyên truyền", 520)
			.value("Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 1)
			.value("Số người được tập huấn sơ cứu", 12).done("Phối hợp rà soát", true)
			.comment("Phối hợp rà soát", "Đã rà soát 3 điểm tiềm ẩn, đề xuất cắm biển cảnh báo tại Km 18+500")
			.narrative(5, String.format(area5, 13), "Xử lý 35 trường hợp vi phạm nồng độ cồn.", null, null)
			.save().submit(at(22, 10, 15, 0)).accept(at(25, 10, 9, 30));

		Report october = police.report(10, at(15, 11, 8, 0))
			.value("Số lượt phương tiện được kiểm tra", 530).value("Số trường hợp vi phạm nồng độ cồn bị xử lý", 44)
			.value("Số vụ TNGT", 1).value("Số phương tiện được kiểm tra an toàn kỹ thuật", 25)
			.value("Số buổi tuyên truyền", 2).value("Số lượt người được tuyên truyền", 260)
			.value("Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 0)
			.value("Số người được tập huấn sơ cứu", 10).done("Phối hợp rà soát", true)
			.narrative(5, String.format(area5, 15), "Xử lý 44 trường hợp vi phạm nồng độ cồn.", null, null)
			.save().submit(at(19, 11, 16, 0));
		october.returnWith(at(21, 11, 10, 0), "Đề nghị rà soát lại số liệu tai nạn giao thông tháng 10.",
				"Số vụ TNGT", "Số vụ TNGT tháng 10 chưa khớp với báo cáo của Đội CSGT-TT (2 vụ); đề nghị rà soát.");
		october.value("Số vụ TNGT", 2)
			.comment("Số vụ TNGT", "Bổ sung 01 vụ va chạm tại ngã ba Bình Lư ngày 28/10 theo báo cáo của Đội CSGT-TT")
			.save(at(25, 11, 8, 0)).submit(at(25, 11, 9, 0)).accept(at(26, 11, 14, 30));

		police.report(11, at(18, 12, 8, 0))
			.value("Số lượt phương tiện được kiểm tra", 480).value("Số trường hợp vi phạm nồng độ cồn bị xử lý", 39)
			.value("Số vụ TNGT", 0).value("Số phương tiện được kiểm tra an toàn kỹ thuật", 31)
			.value("Số buổi tuyên truyền", 3).value("Số lượt người được tuyên truyền", 330)
			.value("Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 1)
			.value("Số người được tập huấn sơ cứu", 8).done("Phối hợp rà soát", true)
			.narrative(5, String.format(area5, 14), "Xử lý 39 trường hợp vi phạm nồng độ cồn; không xảy ra TNGT.",
					null, null)
			.photo("Số lượt phương tiện được kiểm tra", "tuan-tra-thang-11.png", SAMPLE + ": tuần tra tháng 11")
			.save().submit(at(20, 12, 9, 0));
	}

	// --- the education office: a report reopened and accepted again --------------------------------------------------

	private void education() {
		CurrentUser head = people.account("gddt", Role.UNIT_HEAD);
		Unit education = new Unit("GDDT", head, head);
		String area4 = "Tổ chức tuyên truyền dưới cờ tại %s trường; phát tờ rơi “An toàn giao thông cho nụ cười trẻ thơ”.";
		education.report(7, at(14, 8, 9, 0))
			.value("Số buổi tuyên truyền", 3).value("Số lượt người được tuyên truyền", 640)
			.value("Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", 0)
			.value("Số trường học kiểm tra xe đạp điện, xe máy điện của học sinh", 0)
			.value("Số người được tập huấn sơ cứu", 0).done("Ban hành kế hoạch", false)
			.done("Phối hợp rà soát biển báo", false).done("Phối hợp Công an huyện", false)
			.narrative(4, String.format(area4, 3), null, "Học sinh nghỉ hè, khó tập trung tuyên truyền.", null)
			.save().submit(at(16, 8, 10, 0)).accept(at(21, 8, 15, 0));

		Report august = education.report(8, at(17, 9, 9, 0))
			.value("Số buổi tuyên truyền", 6).value("Số lượt người được tuyên truyền", 2150)
			.value("Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", 72)
			.value("Số trường học kiểm tra xe đạp điện, xe máy điện của học sinh", 4)
			.value("Số người được tập huấn sơ cứu", 45).done("Ban hành kế hoạch", false)
			.done("Phối hợp rà soát biển báo", true).done("Phối hợp Công an huyện", false)
			.narrative(4, String.format(area4, 21), "72 % học sinh đã ký cam kết đầu năm học.", null, null)
			.photo("Số buổi tuyên truyền", "tuyen-truyen-duoi-co.png", SAMPLE + ": tuyên truyền dưới cờ")
			.save().submit(at(19, 9, 9, 0)).accept(at(23, 9, 10, 0));
		august.reopen(at(2, 10, 8, 30), "Điều chỉnh số người được tập huấn sơ cứu theo danh sách của Trung tâm Y tế huyện.");
		august.value("Số người được tập huấn sơ cứu", 38)
			.comment("Số người được tập huấn sơ cứu", "Điều chỉnh theo danh sách của Trung tâm Y tế huyện")
			.save(at(4, 10, 8, 0)).submit(at(4, 10, 9, 0)).accept(at(7, 10, 9, 0));

		education.report(9, at(16, 10, 9, 0))
			.value("Số buổi tuyên truyền", 9).value("Số lượt người được tuyên truyền", 3120)
			.value("Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", 96)
			.value("Số trường học kiểm tra xe đạp điện, xe máy điện của học sinh", 5)
			.value("Số người được tập huấn sơ cứu", 30).done("Ban hành kế hoạch", true)
			.done("Phối hợp rà soát biển báo", true).done("Phối hợp Công an huyện", false)
			.narrative(4, String.format(area4, 24), "Ban hành Kế hoạch bảo đảm TTATGT năm học 2024-2025.", null, null)
			.save().submit(at(18, 10, 14, 0)).accept(at(22, 10, 9, 0));

		education.report(10, at(22, 11, 9, 0))
			.value("Số buổi tuyên truyền", 7).value("Số lượt người được tuyên truyền", 1980)
			.value("Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", 98)
			.value("Số trường học kiểm tra xe đạp điện, xe máy điện của học sinh", 3)
			.value("Số người được tập huấn sơ cứu", 0).done("Ban hành kế hoạch", true)
			.done("Phối hợp rà soát biển báo", true).done("Phối hợp Công an huyện", true)
			.narrative(4, String.format(area4, 18), null, null, "Đề nghị bố trí kinh phí in tài liệu tuyên truyền.")
			.save().submit(at(25, 11, 16, 0));

		education.report(11, at(10, 12, 15, 0))
			.value("Số buổi tuyên truyền", 4).value("Số lượt người được tuyên truyền", 1200)
			.narrative(4, "Đang tổng hợp số liệu từ các trường.", null, null, null)
			.save();
	}

	// --- two communes ---------------------------------------------------------------------------------------------

	/** Nà Tăm registers on 10/7; its registration is approved on 16/7. */
	private void registerNaTam() {
		Long unit = people.unit("XA-NATAM");
		CurrentUser person = sample(unit);
		Instant drafted = at(10, 7, 9, 0);
		pick(person, unit, "Số lượt người được tuyên truyền", 900, 1000, drafted);
		pick(person, unit, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", 2, 3, drafted);
		pick(person, unit, "Số vụ TNGT", 2, 1, drafted);
		storyClock.run(drafted, () -> targets.addTarget(person, campaignId, unit, new TargetCommand(area.get(4),
				TargetKind.QUANTITATIVE, null, "Số buổi họp thôn, bản có lồng ghép tuyên truyền ATGT", "buổi",
				TargetDirection.AT_LEAST, BigDecimal.valueOf(20), BigDecimal.valueOf(24), null, null, null)));
		storyClock.run(drafted, () -> targets.addTarget(person, campaignId, unit, new TargetCommand(area.get(4),
				TargetKind.MILESTONE, null, "Ra mắt mô hình “Thôn, bản an toàn giao thông” tại bản Nà Tăm 1", null,
				null, null, null, null, LocalDate.of(2024, 10, 31), null)));
		storyClock.run(at(12, 7, 10, 0), () -> targets.submit(person, campaignId, unit,
				targets.registration(person, campaignId, unit).version()));
		storyClock.run(at(16, 7, 9, 0), () -> targets.approve(office, campaignId, unit,
				targets.registration(office, campaignId, unit).version()));
	}

	/** Khun Há registers on 11/7; its registration is approved on 17/7. */
	private void registerKhunHa() {
		Long unit = people.unit("XA-KHUNHA");
		CurrentUser person = sample(unit);
		Instant drafted = at(11, 7, 14, 0);
		pick(person, unit, "Số lượt người được tuyên truyền", 600, 800, drafted);
		pick(person, unit, "Số lối đi tự mở được rà soát, xử lý", 1, 3, drafted);
		pick(person, unit, "Số người được tập huấn sơ cứu", 10, 20, drafted);
		storyClock.run(at(15, 7, 8, 0), () -> targets.submit(person, campaignId, unit,
				targets.registration(person, campaignId, unit).version()));
		storyClock.run(at(17, 7, 10, 0), () -> targets.approve(office, campaignId, unit,
				targets.registration(office, campaignId, unit).version()));
	}

	/** Journey 4: the August report is returned for a missing photo and sent again three days late. */
	private void naTam() {
		Long id = people.unit("XA-NATAM");
		Unit naTam = new Unit("XA-NATAM", sample(id), sample(id));
		String area4 = "Lồng ghép tuyên truyền pháp luật về TTATGT trong %s buổi họp thôn, bản; tuyên truyền bằng loa "
				+ "lưu động bằng tiếng Việt và tiếng Dao.";
		naTam.report(7, at(18, 8, 8, 0))
			.value("Số lượt người được tuyên truyền", 180).value("Số điểm lấn chiếm lòng, lề đường được giải tỏa", 0)
			.value("Số vụ TNGT", 0).value("Số buổi họp thôn, bản có lồng ghép tuyên truyền ATGT", 3)
			.done("Ra mắt mô hình", false)
			.narrative(4, String.format(area4, 3), null, null, null)
			.save().submit(at(20, 8, 16, 0)).accept(at(22, 8, 9, 0));

		Report august = naTam.report(8, at(17, 9, 8, 0))
			.value("Số lượt người được tuyên truyền", 260).value("Số điểm lấn chiếm lòng, lề đường được giải tỏa", 1)
			.value("Số vụ TNGT", 0).value("Số buổi họp thôn, bản có lồng ghép tuyên truyền ATGT", 4)
			.done("Ra mắt mô hình", false)
			.narrative(4, String.format(area4, 4), "Tổ chức buổi tuyên truyền tại nhà văn hóa bản Nà Tăm 1 ngày 12/8.",
					null, null)
			.narrative(2, "Vận động 01 hộ kinh doanh tháo dỡ mái che lấn chiếm lề đường.", null, null, null)
			.save().submit(at(19, 9, 10, 0));
		august.returnWith(at(21, 9, 9, 0), "Thiếu minh chứng cho kết quả tuyên truyền tháng 8.",
				"Số lượt người được tuyên truyền", "Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/8");
		august.photo("Số lượt người được tuyên truyền", "tuyen-truyen-12-8.png",
				SAMPLE + ": buổi tuyên truyền tại nhà văn hóa bản Nà Tăm 1 ngày 12/8")
			.save(at(23, 9, 8, 30)).submit(at(23, 9, 9, 0)).accept(at(24, 9, 10, 0));

		naTam.report(9, at(19, 10, 8, 0))
			.value("Số lượt người được tuyên truyền", 240).value("Số điểm lấn chiếm lòng, lề đường được giải tỏa", 1)
			.value("Số vụ TNGT", 1).value("Số buổi họp thôn, bản có lồng ghép tuyên truyền ATGT", 3)
			.done("Ra mắt mô hình", false)
			.narrative(4, String.format(area4, 3), null, "Một số thôn, bản ở xa, đi lại khó khăn mùa mưa.", null)
			.save().submit(at(21, 10, 14, 0)).accept(at(23, 10, 9, 0));

		naTam.report(10, at(22, 11, 8, 0))
			.value("Số lượt người được tuyên truyền", 310).value("Số điểm lấn chiếm lòng, lề đường được giải tỏa", 1)
			.value("Số vụ TNGT", 0).value("Số buổi họp thôn, bản có lồng ghép tuyên truyền ATGT", 4)
			.done("Ra mắt mô hình", true)
			.comment("Ra mắt mô hình", "Ra mắt ngày 26/10/2024 với 45 hộ tham gia")
			.narrative(4, String.format(area4, 4), "Ra mắt mô hình “Thôn, bản an toàn giao thông” tại bản Nà Tăm 1.",
					null, null)
			.photo("Ra mắt mô hình", "ra-mat-mo-hinh.png", SAMPLE + ": lễ ra mắt mô hình tại bản Nà Tăm 1")
			.save().submit(at(23, 11, 10, 0));
	}

	/** The September report is returned with a comment on an entry and waits for the commune. */
	private void khunHa() {
		Long id = people.unit("XA-KHUNHA");
		Unit khunHa = new Unit("XA-KHUNHA", sample(id), sample(id));
		khunHa.report(7, at(20, 8, 8, 0))
			.value("Số lượt người được tuyên truyền", 150).value("Số lối đi tự mở được rà soát, xử lý", 0)
			.value("Số người được tập huấn sơ cứu", 0)
			.narrative(4, "Tuyên truyền tại chợ phiên Khun Há.", null, null, null)
			.save().submit(at(21, 8, 9, 0)).accept(at(23, 8, 9, 0));
		khunHa.report(8, at(19, 9, 8, 0))
			.value("Số lượt người được tuyên truyền", 210).value("Số lối đi tự mở được rà soát, xử lý", 1)
			.value("Số người được tập huấn sơ cứu", 0)
			.narrative(2, "Rà soát lối đi tự mở tại Km 5, đường đi Khun Há.", null, null, null)
			.save().submit(at(20, 9, 15, 0)).accept(at(23, 9, 14, 0));
		Report september = khunHa.report(9, at(17, 10, 8, 0))
			.value("Số lượt người được tuyên truyền", 190).value("Số lối đi tự mở được rà soát, xử lý", 1)
			.value("Số người được tập huấn sơ cứu", 15)
			.narrative(6, "Phối hợp Trạm Y tế xã tập huấn sơ cứu cho nhân viên y tế thôn, bản.", null, null, null)
			.save().submit(at(18, 10, 9, 0));
		september.returnWith(at(22, 10, 10, 0), "Bổ sung minh chứng tập huấn sơ cứu.",
				"Số người được tập huấn sơ cứu", "Chưa có danh sách người được tập huấn kèm theo.");
		khunHa.report(10, at(18, 11, 8, 0))
			.value("Số lượt người được tuyên truyền", 120)
			.save();
	}

	/** The health centre's registration is not approved yet: its July report has the narrative only. */
	private void healthCentre() {
		Long id = people.unit("TTYT");
		Unit centre = new Unit("TTYT", sample(id), sample(id));
		centre.report(7, at(16, 8, 8, 0))
			.narrative(6, "Duy trì trực cấp cứu 24/24 giờ; tiếp nhận, cấp cứu 6 trường hợp bị TNGT.",
					"Không để xảy ra tử vong do chậm cấp cứu.", "Thiếu xe cấp cứu chuyên dụng ở tuyến xã.", null)
			.general(null, "Đề nghị trang bị túi sơ cứu cho các trạm y tế xã.")
			.save().submit(at(19, 8, 14, 0)).accept(at(22, 8, 10, 0));
	}

	// --- the story's steps --------------------------------------------------------------------------------------------

	/** A unit of the story with the people who fill and send its reports. */
	private final class Unit {

		private final Long id;
		private final CurrentUser officer;
		private final CurrentUser head;
		private final Map<String, TargetView> byName = new LinkedHashMap<>();

		Unit(String code, CurrentUser officer, CurrentUser head) {
			this.id = people.unit(code);
			this.officer = officer;
			this.head = head;
			targets.approvedTargets(campaignId, id).forEach(t -> byName.put(t.indicatorName(), t));
		}

		Report report(int monthOfYear, Instant openedAt) {
			Long periodId = month.get(monthOfYear).id();
			return new Report(this, storyClock.at(openedAt, () -> reports.open(officer, campaignId, periodId)), openedAt);
		}

		/** The approved target whose name starts with the given words. */
		Long target(String name) {
			return byName.values().stream().filter(t -> t.indicatorName().startsWith(name)).findFirst()
				.map(TargetView::id)
				.orElseThrow(() -> new IllegalStateException("no demo target " + name));
		}
	}

	/** One report of the story: what the unit writes, then the steps of its review. */
	private final class Report {

		private final Unit unit;
		private final Long id;
		private final Instant openedAt;
		private final Map<Long, EntryInput> entries = new HashMap<>();
		private final Map<Long, NarrativeInput> narratives = new HashMap<>();
		private final List<EvidenceUpload> files = new ArrayList<>();
		private String difficulties;
		private String proposals;

		Report(Unit unit, Long id, Instant openedAt) {
			this.unit = unit;
			this.id = id;
			this.openedAt = openedAt;
		}

		Report value(String target, long value) {
			Long targetId = unit.target(target);
			EntryInput before = entries.get(targetId);
			entries.put(targetId, new EntryInput(BigDecimal.valueOf(value), null, before == null ? null : before.comment()));
			return this;
		}

		Report done(String target, boolean done) {
			entries.put(unit.target(target), new EntryInput(null, done, null));
			return this;
		}

		Report comment(String target, String comment) {
			Long targetId = unit.target(target);
			EntryInput before = entries.get(targetId);
			entries.put(targetId, new EntryInput(before.value(), before.done(), comment));
			return this;
		}

		Report narrative(int areaNumber, String activities, String results, String difficulties, String proposals) {
			narratives.put(area.get(areaNumber), new NarrativeInput(activities, results, difficulties, proposals));
			return this;
		}

		Report general(String difficulties, String proposals) {
			this.difficulties = difficulties;
			this.proposals = proposals;
			return this;
		}

		Report photo(String target, String fileName, String caption) {
			files.add(new EvidenceUpload(unit.target(target), fileName, picture(files.size() + id.intValue()), caption));
			return this;
		}

		Report document(String fileName, String caption) {
			files.add(new EvidenceUpload(null, fileName, pdf(caption), caption));
			return this;
		}

		Report save() {
			return save(openedAt.plusSeconds(3600));
		}

		/** Writes what was given since the last save, as the officer, at {@code when}. */
		Report save(Instant when) {
			ReportContent content = new ReportContent(Map.copyOf(entries), Map.copyOf(narratives), difficulties,
					proposals);
			List<EvidenceUpload> samples = List.copyOf(files);
			storyClock.run(when, () -> {
				reports.save(unit.officer, id, version(), content, List.of());
				if (!samples.isEmpty()) {
					evidence.attachSamples(unit.officer, id, samples);
				}
			});
			entries.clear();
			narratives.clear();
			files.clear();
			return this;
		}

		Report submit(Instant when) {
			storyClock.run(when, () -> reports.submit(unit.head, id, version(), null, List.of()));
			return this;
		}

		Report accept(Instant when) {
			storyClock.run(when, () -> reports.accept(office, id, version()));
			return this;
		}

		Report returnWith(Instant when, String reason, String target, String comment) {
			Map<Long, String> comments = Map.of(unit.target(target), comment);
			storyClock.run(when, () -> reports.returnForChanges(office, id, version(), reason, comments));
			return this;
		}

		Report reopen(Instant when, String reason) {
			storyClock.run(when, () -> reports.reopen(office, id, version(), reason));
			return this;
		}

		private long version() {
			return reportQueries.report(office, id).version();
		}
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private void pick(CurrentUser user, Long unit, String name, long baseline, long target, Instant at) {
		Long suggestion = setup.suggestions(campaignId).stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
		storyClock.run(at, () -> targets.addTarget(user, campaignId, unit, new TargetCommand(null,
				TargetKind.QUANTITATIVE, suggestion, null, null, null, BigDecimal.valueOf(baseline),
				BigDecimal.valueOf(target), null, null, null)));
	}

	/** A generated picture of a road with a checkpoint, in a colour of its own; it stands for a photo. */
	static byte[] picture(int seed) {
		BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(120 + seed * 37 % 100, 170 + seed * 13 % 60, 210));
		g.fillRect(0, 0, 640, 400);
		g.setColor(new Color(70, 120, 60));
		g.fillRect(0, 220, 640, 180);
		g.setColor(new Color(90, 90, 90));
		g.fillPolygon(new int[] { 250, 390, 600, 40 }, new int[] { 220, 220, 400, 400 }, 4);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(6));
		for (int y = 240; y < 400; y += 40) {
			g.drawLine(320, y, 320, y + 20);
		}
		g.setColor(new Color(200, 40, 40));
		g.fillOval(470 + seed % 40, 250, 30, 30);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A one-page PDF that says it is sample data (ASCII only: the standard PDF fonts have no Vietnamese letters). */
	static byte[] pdf(String title) {
		String text = "BT /F1 16 Tf 72 760 Td (Thi dua ATGT - DU LIEU MAU / SAMPLE DATA) Tj 0 -28 Td /F1 11 Tf "
				+ "(Tai lieu minh hoa, khong phai van ban that.) Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info << /Title (")
			.append(title.hashCode()).append(") >> >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private CurrentUser sample(Long unitId) {
		return people.sample(unitId, contacts.get(unitId));
	}
}
