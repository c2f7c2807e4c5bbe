package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.registration.ReturnCommand;
import vn.atgt.thidua.registration.SuggestedIndicatorCommand;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetSetupService;

/**
 * Sample target registrations of the demo movement (the values are illustrative, not the units' real targets): the
 * registration deadline 15/07/2024, suggested indicators for the six task areas, and registrations in every state
 * with their 2024 history. The police and the education office are approved; Bản Bo stands where journey 2 of
 * JOURNEYS.md has the office return it (sign in as {@code xabanbo} to fix it, {@code chutichbanbo} to resubmit,
 * {@code thuongtruc} to approve); other units are submitted (one late), returned or in draft, and the rest have not
 * started. Units without a demo account act through their sample person in charge.
 */
@Component
@Profile("demo")
@Order(40)
class DemoTargets implements ApplicationRunner {

	static final LocalDate DEADLINE = LocalDate.of(2024, 7, 15);
	static final String BAN_BO_REASON = "Chỉ tiêu tuyên truyền thấp hơn năm 2023 (15 buổi), đề nghị điều chỉnh";

	private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);

	private final CampaignService campaigns;
	private final RegistrationService targets;
	private final TargetSetupService setup;
	private final DemoPeople people;
	private final StoryClock storyClock;

	private Long campaignId;
	private CurrentUser office;
	private final Map<Integer, Long> area = new HashMap<>();
	private final Map<String, Long> suggestion = new HashMap<>();
	private final Map<Long, String> contacts = new HashMap<>();

	DemoTargets(CampaignService campaigns, RegistrationService targets, TargetSetupService setup, DemoPeople people,
			StoryClock storyClock) {
		this.campaigns = campaigns;
		this.targets = targets;
		this.setup = setup;
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
		if (campaign == null || !setup.suggestions(campaign.id()).isEmpty()) {
			return;
		}
		campaignId = campaign.id();
		for (TaskAreaView a : campaigns.taskAreas(campaignId)) {
			area.put(a.number(), a.id());
		}
		for (ParticipantView p : campaigns.participants(campaignId)) {
			contacts.put(p.unitId(), p.contactName());
		}
		office = account("thuongtruc", Role.STANDING_OFFICE);
		setup.setDeadline(office, campaignId, DEADLINE, 0);
		suggestIndicators();

		police();
		education();
		banBo();
		healthCentre();
		culture();
		town();
		sonBinh();
		youthUnion();
		drafts();
		log.info("Demo target registrations created (deadline {}).", Formats.DATE.format(DEADLINE));
	}

	private void suggestIndicators() {
		suggest(1, "Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", "văn bản", TargetDirection.AT_LEAST,
				"Kế hoạch, công văn chỉ đạo, hướng dẫn của đơn vị về bảo đảm TTATGT ban hành trong năm.");
		suggest(2, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", "điểm", TargetDirection.AT_LEAST,
				"Điểm kinh doanh, vật liệu, công trình lấn chiếm lòng, lề đường đã được giải tỏa.");
		suggest(2, "Số lối đi tự mở được rà soát, xử lý", "lối đi", TargetDirection.AT_LEAST, null);
		suggest(2, "Số điểm đen, điểm tiềm ẩn TNGT được khắc phục", "điểm", TargetDirection.AT_LEAST, null);
		suggest(3, "Số phương tiện được kiểm tra an toàn kỹ thuật", "phương tiện", TargetDirection.AT_LEAST, null);
		suggest(4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST,
				"Buổi tuyên truyền trực tiếp về pháp luật TTATGT (hội nghị, họp thôn, bản, nhà trường).");
		suggest(4, "Số lượt người được tuyên truyền", "lượt người", TargetDirection.AT_LEAST, null);
		suggest(4, "Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", "%", TargetDirection.AT_LEAST, null);
		suggest(5, "Số lượt phương tiện được kiểm tra", "lượt", TargetDirection.AT_LEAST, null);
		suggest(5, "Số trường hợp vi phạm nồng độ cồn bị xử lý", "trường hợp", TargetDirection.AT_LEAST, null);
		suggest(5, "Số vụ TNGT", "vụ", TargetDirection.AT_MOST,
				"Số vụ tai nạn giao thông trên địa bàn trong năm (chỉ tiêu kéo giảm: không vượt quá).");
		suggest(6, "Số người được tập huấn sơ cứu", "người", TargetDirection.AT_LEAST,
				"Nhân viên y tế thôn, bản, giáo viên, lực lượng tại chỗ được tập huấn sơ cứu người bị TNGT.");
	}

	private void suggest(int areaNumber, String name, String unitOfMeasure, TargetDirection direction,
			String guidance) {
		suggestion.put(name, setup.addSuggestion(office, campaignId,
				new SuggestedIndicatorCommand(area.get(areaNumber), name, unitOfMeasure, direction, guidance)));
	}

	// --- the units ------------------------------------------------------------------------------------------------

	private void police() {
		Long unit = unit("CAH");
		CurrentUser officer = account("canbocongan", Role.UNIT_OFFICER);
		Instant drafted = at(2, 7, 8, 30);
		pick(officer, unit, "Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 3, 4, drafted);
		milestone(officer, unit, 2, "Phối hợp rà soát, đề xuất xử lý điểm tiềm ẩn TNGT trên Quốc lộ 4D",
				LocalDate.of(2024, 9, 30), drafted);
		pick(officer, unit, "Số phương tiện được kiểm tra an toàn kỹ thuật", 260, 300, drafted);
		pick(officer, unit, "Số buổi tuyên truyền", 20, 24, drafted);
		pick(officer, unit, "Số lượt người được tuyên truyền", 2650, 3000, drafted);
		pick(officer, unit, "Số lượt phương tiện được kiểm tra", 3612, 4000, drafted);
		pick(officer, unit, "Số trường hợp vi phạm nồng độ cồn bị xử lý", 318, 350, drafted);
		pick(officer, unit, "Số vụ TNGT", 14, 12, drafted);
		pick(officer, unit, "Số người được tập huấn sơ cứu", 25, 30, drafted);
		submit(account("conganhuyen", Role.UNIT_HEAD), unit, at(3, 7, 15, 0));
		approve(unit, at(8, 7, 9, 0));
	}

	private void education() {
		Long unit = unit("GDDT");
		CurrentUser head = account("gddt", Role.UNIT_HEAD);
		Instant drafted = at(4, 7, 9, 0);
		milestone(head, unit, 1, "Ban hành kế hoạch bảo đảm TTATGT năm học 2024-2025", LocalDate.of(2024, 9, 15),
				drafted);
		milestone(head, unit, 2, "Phối hợp rà soát biển báo, vạch sơn khu vực cổng trường", LocalDate.of(2024, 8, 31),
				drafted);
		own(head, unit, 3, "Số trường học kiểm tra xe đạp điện, xe máy điện của học sinh", "trường", 8, 12, drafted);
		pick(head, unit, "Số buổi tuyên truyền", 35, 40, drafted);
		pick(head, unit, "Số lượt người được tuyên truyền", 7900, 8500, drafted);
		pick(head, unit, "Tỷ lệ học sinh ký cam kết chấp hành pháp luật về TTATGT", 98, 100, drafted);
		milestone(head, unit, 5, "Phối hợp Công an huyện kiểm tra học sinh đi xe mô tô đến trường",
				LocalDate.of(2024, 10, 31), drafted);
		pick(head, unit, "Số người được tập huấn sơ cứu", 96, 120, drafted);
		submit(head, unit, at(4, 7, 16, 10));
		approve(unit, at(9, 7, 14, 20));
	}

	/** Journey 2 of JOURNEYS.md, up to the office's return: the officer drafts, the chairman submits, the clerk returns. */
	private void banBo() {
		Long unit = unit("XA-BANBO");
		CurrentUser officer = account("xabanbo", Role.UNIT_OFFICER);
		Instant drafted = at(5, 7, 8, 15);
		pick(officer, unit, "Số buổi tuyên truyền", 15, 12, drafted);
		pick(officer, unit, "Số lượt người được tuyên truyền", 1420, 1500, drafted);
		pick(officer, unit, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", 3, 5, drafted);
		milestone(officer, unit, 4, "Ra mắt mô hình “Cổng trường an toàn giao thông” tại Trường PTDTBT THCS Bản Bo",
				LocalDate.of(2024, 9, 30), drafted);
		submit(account("chutichbanbo", Role.UNIT_HEAD), unit, at(5, 7, 16, 30));
		Long sessions = targets.registration(office, campaignId, unit).targets().stream()
			.filter(t -> t.indicatorName().equals("Số buổi tuyên truyền"))
			.findFirst()
			.orElseThrow()
			.id();
		returnForChanges(unit, at(8, 7, 10, 5), new ReturnCommand(BAN_BO_REASON,
				Map.of(sessions, "Năm 2023 xã đã tổ chức 15 buổi; đề nghị đăng ký không thấp hơn 15 buổi.")));
	}

	private void healthCentre() {
		Long unit = unit("TTYT");
		CurrentUser person = sample(unit);
		Instant drafted = at(9, 7, 8, 0);
		pick(person, unit, "Số người được tập huấn sơ cứu", 120, 150, drafted);
		milestone(person, unit, 6, "Tập huấn sơ cứu TNGT cho nhân viên y tế thôn, bản", LocalDate.of(2024, 10, 31),
				drafted);
		pick(person, unit, "Số buổi tuyên truyền", 8, 10, drafted);
		submit(person, unit, at(10, 7, 14, 0));
	}

	private void culture() {
		Long unit = unit("VHTT");
		CurrentUser person = sample(unit);
		Instant drafted = at(11, 7, 9, 30);
		pick(person, unit, "Số văn bản chỉ đạo, kế hoạch về bảo đảm TTATGT được ban hành", 2, 2, drafted);
		pick(person, unit, "Số buổi tuyên truyền", 15, 18, drafted);
		pick(person, unit, "Số lượt người được tuyên truyền", 4600, 5000, drafted);
		submit(person, unit, at(12, 7, 10, 0));
	}

	private void town() {
		Long unit = unit("TT-TAMDUONG");
		CurrentUser person = sample(unit);
		Instant drafted = at(10, 7, 8, 0);
		pick(person, unit, "Số buổi tuyên truyền", 18, 20, drafted);
		pick(person, unit, "Số vụ TNGT", 4, 3, drafted);
		submit(person, unit, at(11, 7, 9, 0));
		returnForChanges(unit, at(13, 7, 8, 45), new ReturnCommand(
				"Thiếu chỉ tiêu về giải tỏa lấn chiếm lòng, lề đường trên địa bàn thị trấn; đề nghị bổ sung.",
				Map.of()));
	}

	/** Submitted three days after the deadline: the monitoring matrix shows it late. */
	private void sonBinh() {
		Long unit = unit("XA-SONBINH");
		CurrentUser person = sample(unit);
		Instant drafted = at(17, 7, 8, 0);
		pick(person, unit, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", 2, 4, drafted);
		pick(person, unit, "Số buổi tuyên truyền", 10, 12, drafted);
		pick(person, unit, "Số lượt người được tuyên truyền", 1050, 1200, drafted);
		submit(person, unit, at(18, 7, 15, 30));
	}

	private void youthUnion() {
		Long unit = unit("HDTN");
		CurrentUser person = sample(unit);
		Instant drafted = at(12, 7, 14, 0);
		pick(person, unit, "Số buổi tuyên truyền", 12, 15, drafted);
		pick(person, unit, "Số lượt người được tuyên truyền", 1800, 2000, drafted);
		milestone(person, unit, 4, "Ra quân thanh niên tình nguyện tham gia bảo đảm TTATGT dịp hè",
				LocalDate.of(2024, 8, 31), drafted);
		submit(person, unit, at(14, 7, 9, 15));
	}

	private void drafts() {
		Long binhLu = unit("XA-BINHLU");
		CurrentUser person = sample(binhLu);
		pick(person, binhLu, "Số buổi tuyên truyền", 14, 14, at(12, 7, 10, 0));
		pick(person, binhLu, "Số điểm lấn chiếm lòng, lề đường được giải tỏa", 3, 3, at(12, 7, 10, 0));
		Long women = unit("HLHPN");
		pick(sample(women), women, "Số buổi tuyên truyền", 6, 8, at(10, 7, 15, 0));
	}

	// --- helpers: each step is the command a user's click calls, with the story's clock at its moment ----------------

	private void pick(CurrentUser user, Long unit, String name, long baseline, long target, Instant at) {
		add(user, unit, at, new TargetCommand(null, TargetKind.QUANTITATIVE, suggestion.get(name), null, null, null,
				BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), null, null, null));
	}

	private void own(CurrentUser user, Long unit, int areaNumber, String name, String unitOfMeasure, long baseline,
			long target, Instant at) {
		add(user, unit, at, new TargetCommand(area.get(areaNumber), TargetKind.QUANTITATIVE, null, name,
				unitOfMeasure, TargetDirection.AT_LEAST, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), null,
				null, null));
	}

	private void milestone(CurrentUser user, Long unit, int areaNumber, String name, LocalDate due, Instant at) {
		add(user, unit, at, new TargetCommand(area.get(areaNumber), TargetKind.MILESTONE, null, name, null, null,
				null, null, null, due, null));
	}

	private void add(CurrentUser user, Long unit, Instant at, TargetCommand command) {
		storyClock.run(at, () -> targets.addTarget(user, campaignId, unit, command));
	}

	private void submit(CurrentUser head, Long unit, Instant at) {
		storyClock.run(at, () -> targets.submit(head, campaignId, unit, version(head, unit)));
	}

	private void approve(Long unit, Instant at) {
		storyClock.run(at, () -> targets.approve(office, campaignId, unit, version(office, unit)));
	}

	private void returnForChanges(Long unit, Instant at, ReturnCommand command) {
		storyClock.run(at, () -> targets.returnForChanges(office, campaignId, unit, version(office, unit), command));
	}

	private long version(CurrentUser user, Long unit) {
		return targets.registration(user, campaignId, unit).version();
	}

	private Long unit(String code) {
		return people.unit(code);
	}

	private CurrentUser account(String username, Role role) {
		return people.account(username, role);
	}

	private CurrentUser sample(Long unitId) {
		return people.sample(unitId, contacts.get(unitId));
	}
}
