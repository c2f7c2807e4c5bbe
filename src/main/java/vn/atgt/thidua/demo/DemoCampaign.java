package vn.atgt.thidua.demo;

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

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantCommand;
import vn.atgt.thidua.campaign.ParticipantService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodGeneration;
import vn.atgt.thidua.campaign.PeriodService;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The Tam Đường 2024 movement exactly as the seed plan states it (Kế hoạch số 06/KH-BATGT ngày 21/6/2024): its basis,
 * title, theme, purpose and requirements, dates (21/6–31/12/2024), baseline year 2023, the four goal groups, the six
 * task areas in the plan's words, monthly periods July–December 2024 due on the 20th of the next month, every unit of
 * the committee taking part, and status running. The persons in charge are sample data, except those who also have a
 * demo account (thuongtruc, canbocongan, xabanbo).
 */
@Component
@Profile("demo")
@Order(30)
class DemoCampaign implements ApplicationRunner {

	static final String PLAN_NUMBER = "06/KH-BATGT";
	static final String LEGAL_BASIS = "Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu về việc Phát "
			+ "động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn tỉnh Lai Châu";
	static final String TITLE = "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn "
			+ "huyện Tam Đường";
	static final String THEME = "Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn";

	static final String PURPOSE = String.join("\n",
			"- Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT ở tất cả các lĩnh vực giao thông vận tải để thực hiện "
					+ "hiệu quả chủ đề năm 2024 “Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn”. Các tổ "
					+ "chức, cá nhân thi đua thực hiện các nhiệm vụ chuyên môn được giao, phấn đấu kéo giảm tai nạn giao "
					+ "thông (TNGT) trên cả 3 tiêu chí về số vụ, số người chết, số người bị thương so với năm 2023; giảm "
					+ "tai nạn giao thông do uống rượu, bia điều khiển phương tiện giao thông; không để xảy ra TNGT đặc biệt "
					+ "nghiêm trọng, TNGT liên quan đến xe ô tô kinh doanh vận tải.",
			"- Nâng cao hiệu lực và hiệu quả công tác quản lý Nhà nước và hoạt động thực thi pháp luật trong lĩnh vực bảo "
					+ "đảm TTATGT; nâng cao nhận thức và ý thức tự giác chấp hành pháp luật của người tham gia giao thông, "
					+ "xây dựng văn hóa giao thông an toàn trong cộng đồng.",
			"- Phát huy tinh thần chủ động, tích cực, sáng tạo của các tập thể, cá nhân thông qua phong trào thi đua, tạo "
					+ "động lực cho toàn thể cán bộ, công chức, viên chức, người tham gia công tác bảo đảm TTATGT trong các "
					+ "đơn vị, địa phương; quyết tâm, phấn đấu, rèn luyện phẩm chất đạo đức, nâng cao tinh thần trách "
					+ "nhiệm, chuyên môn nghiệp vụ, thực hiện tốt chủ đề “Thượng tôn pháp luật để xây dựng văn hóa giao "
					+ "thông an toàn”.",
			"- Kịp thời đề xuất biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi "
					+ "đua bảo đảm TTATGT trên địa bàn.");

	static final String REQUIREMENTS = String.join("\n",
			"- Phong trào thi đua phải được phát động và triển khai sâu rộng, thu hút đông đảo cán bộ, công chức, viên "
					+ "chức và người tham gia công tác bảo đảm TTATGT hưởng ứng, tham gia thường xuyên, liên tục.",
			"- Nội dung, hình thức, phương thức, biện pháp phát động, tổ chức thực hiện phong trào thi đua phải thực chất, "
					+ "hiệu quả, phù hợp với mô hình tổ chức, chức năng nhiệm vụ, quyền hạn và điều kiện cụ thể của đơn vị; "
					+ "kết hợp chặt chẽ giữa thực hiện phong trào thi đua bảo đảm TTATGT năm 2024 với các phong trào thi đua "
					+ "của các thành viên Ban ATGT.",
			"- Phối hợp cấp ủy, chính quyền địa phương cũng như các tổ chức Đảng, đoàn thể trong cơ quan, đơn vị nhằm thúc "
					+ "đẩy mạnh mẽ, hiệu quả phong trào thi đua, tạo sự đồng thuận và ý chí quyết tâm cao vượt qua khó "
					+ "khăn; gắn kết công tác bảo đảm TTATGT với sự nghiệp phát triển kinh tế - xã hội của từng cơ quan, "
					+ "đơn vị, địa phương.",
			"- Nâng cao chất lượng công tác thi đua khen thưởng, phối hợp chặt chẽ kết quả thực hiện phong trào thi đua khen "
					+ "thưởng; khen thưởng phải dựa trên kết quả thành tích thi đua, bảo đảm kịp thời, chính xác, công "
					+ "khai, công bằng, nhằm động viên tinh thần cùng với khuyến khích bằng lợi ích vật chất, tạo động lực "
					+ "để tập thể, cá nhân phấn đấu hoàn thành xuất sắc nhiệm vụ được giao; tăng tỉ lệ khen thưởng hợp lý "
					+ "với công chức, viên chức và các lực lượng trực tiếp làm công tác bảo đảm TTATGT.");

	/** Persons in charge who also have a demo account, by unit name. */
	static final Map<String, String[]> KNOWN_CONTACTS = Map.of(
			"Phòng Kinh tế và Hạ tầng", new String[] { "Phạm Thị Thường", "Chuyên viên" },
			"Công an huyện Tam Đường", new String[] { "Đỗ Văn G", "Cán bộ Đội CSGT-TT" },
			"UBND xã Bản Bo", new String[] { "Lù Văn H", "Công chức Văn phòng - Thống kê" });

	/** Sample names for the other persons in charge. */
	static final List<String> SAMPLE_NAMES = List.of("Nguyễn Thị Lan", "Trần Văn Hùng", "Lò Văn Minh",
			"Hoàng Thị Hoa", "Vàng A Sử", "Tẩn Thị Mai", "Lê Văn Nam", "Giàng A Páo", "Phạm Văn Tuấn", "Đinh Thị Hằng",
			"Lò Thị Xuân", "Sùng A Dế", "Bùi Văn Long", "Chẻo Thị Liên", "Vũ Văn Thắng", "Lý A Chung");

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final CommitteeService committees;
	private final CampaignService campaigns;
	private final TaskAreaService taskAreas;
	private final PeriodService periods;
	private final ParticipantService participants;
	private final DemoPeople people;

	DemoCampaign(CommitteeService committees, CampaignService campaigns, TaskAreaService taskAreas,
			PeriodService periods, ParticipantService participants, DemoPeople people) {
		this.committees = committees;
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
		this.people = people;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!campaigns.list(null).isEmpty()) {
			return;
		}
		Long committeeId = committees.main().map(CommitteeSummary::id).orElse(null);
		if (committeeId == null) {
			return;
		}
		// the standing office's clerk launches and sets up the movement, as she would on the pages
		CurrentUser office = people.account("thuongtruc", Role.STANDING_OFFICE);
		Long id = campaigns.create(office, committeeId, new CampaignCommand(PLAN_NUMBER, LocalDate.of(2024, 6, 21),
				LEGAL_BASIS, TITLE, THEME, PURPOSE, REQUIREMENTS, LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31),
				2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(office, id);
		periods.generate(office, id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 31), PeriodGeneration.DEFAULT_DUE_DAY, false));
		participants.addMissingMembers(office, id);
		int sample = 0;
		for (ParticipantView p : campaigns.participants(id)) {
			String[] known = KNOWN_CONTACTS.get(p.unitName());
			String name = known != null ? known[0] : SAMPLE_NAMES.get(sample % SAMPLE_NAMES.size());
			String position = known != null ? known[1] : position(p.unitKind());
			String phone = String.format("0912 345 %03d", ++sample);
			participants.update(office, id, p.id(), p.version(), new ParticipantCommand(name, position, phone,
					p.contactEmail(), null, null));
		}
		campaigns.activate(office, id);
		log.info("Demo campaign {} created and started ({} units).", PLAN_NUMBER, sample);
	}

	private static String position(UnitKind kind) {
		if (kind == UnitKind.COMMUNE_COMMITTEE) {
			return "Công chức Văn phòng - Thống kê";
		}
		if (kind == UnitKind.MASS_ORGANISATION) {
			return "Phó Chủ tịch";
		}
		return "Chuyên viên";
	}
}
