package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

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
import vn.atgt.thidua.campaign.TaskAreaCommand;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.AreaCommand;
import vn.atgt.thidua.unit.AreaLevelOption;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

/**
 * Campaigns to generate documents from, built through the other modules' public services: the seed plan's movement
 * (06/KH-BATGT of 21/6/2024, its committee's header and signature block, the six task areas, monthly periods July to
 * December, three units with persons in charge) and, to show that nothing is written in the code, a commune committee
 * of 2025 with other header, place and signature lines.
 */
@Component
class DocumentFixture {

	static final String PLAN_NUMBER = "06/KH-BATGT";
	static final String TITLE = "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn "
			+ "huyện Tam Đường";
	static final String BASIS = "Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu về việc Phát động "
			+ "phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn tỉnh Lai Châu";
	static final String THEME = "Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn";
	static final String PURPOSE = "- Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT ở tất cả các lĩnh vực giao "
			+ "thông vận tải.\n- Kịp thời đề xuất biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc.";
	static final String REQUIREMENTS = "- Phong trào thi đua phải được phát động và triển khai sâu rộng, thường xuyên, "
			+ "liên tục.";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final CurrentUser OFFICE = TestUsers.STANDING_OFFICE;

	private final AreaService areas;
	private final UnitService units;
	private final CommitteeService committees;
	private final CampaignService campaigns;
	private final TaskAreaService taskAreas;
	private final PeriodService periods;
	private final ParticipantService participants;

	DocumentFixture(AreaService areas, UnitService units, CommitteeService committees, CampaignService campaigns,
			TaskAreaService taskAreas, PeriodService periods, ParticipantService participants) {
		this.areas = areas;
		this.units = units;
		this.committees = committees;
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.periods = periods;
		this.participants = participants;
	}

	/** The seed plan's movement, with its committee as the seed plan prints it. */
	Long seedPlanCampaign() {
		Long area = area("DISTRICT");
		Long committee = committees.create(new CommitteeCommand("Ban An toàn giao thông huyện Tam Đường", area, null,
				"UBND huyện Tam Đường", "Ban An toàn giao thông", "BATGT", "Tam Đường", "KT. Trưởng ban",
				"Phó Trưởng ban thường trực", "Trưởng phòng Kinh tế và Hạ tầng", "Lê Huy Chính",
				"Các thành viên BATGT huyện;\nUBND các xã, thị trấn;\nLưu: VT."));
		Long office = unit("Phòng Kinh tế và Hạ tầng", UnitKind.AGENCY, committee);
		unit("Công an huyện Tam Đường", UnitKind.AGENCY, committee);
		unit("UBND xã Bản Bo", UnitKind.COMMUNE_COMMITTEE, committee);
		setStandingOffice(committee, office);

		Long id = campaigns.create(OFFICE, committee, new CampaignCommand(PLAN_NUMBER, LocalDate.of(2024, 6, 21), BASIS,
				TITLE, THEME, PURPOSE, REQUIREMENTS, LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31), 2023,
				CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(OFFICE, id);
		periods.generate(OFFICE, id, new PeriodGeneration(Cadence.MONTHLY, LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 31), PeriodGeneration.DEFAULT_DUE_DAY, false));
		List<String> contacts = List.of("Phạm Thị Thường", "Đỗ Văn Giang", "Lù Văn Hải");
		List<ParticipantView> joined = campaigns.participants(id);
		for (int i = 0; i < joined.size(); i++) {
			ParticipantView p = joined.get(i);
			participants.update(OFFICE, id, p.id(), p.version(), new ParticipantCommand(contacts.get(i % contacts.size()),
					"Chuyên viên", null, null, null, null));
		}
		return id;
	}

	/**
	 * A commune committee of 2025 whose header, place and signature differ from the seed's in every line: signed on
	 * behalf of the collective ("TM."), no standing office, no further title; a plan without number yet, two bases,
	 * starting after its date; one unit that left.
	 */
	Long communeCampaign() {
		Long area = area("COMMUNE");
		Long committee = committees.create(new CommitteeCommand("Ban An toàn giao thông xã Bình Lư", area, null,
				"UBND xã Bình Lư", "Ban An toàn giao thông", "BATGT-X", "Bình Lư", "TM. Ban An toàn giao thông",
				"Trưởng ban", null, "Hoàng Văn Thử", "- Ban ATGT tỉnh;\n- Các thành viên Ban ATGT xã"));
		unit("Công an xã Bình Lư", UnitKind.AGENCY, committee);
		Long left = unit("Trường Tiểu học Bình Lư", UnitKind.AGENCY, committee);
		Long id = campaigns.create(OFFICE, committee, new CampaignCommand("/KH-BATGT-X", LocalDate.of(2025, 8, 5),
				"Căn cứ Kế hoạch số 12/KH-BATGT ngày 01/8/2025 của Ban ATGT tỉnh Lai Châu;\nChỉ thị số 10/CT-UBND",
				"Bảo đảm trật tự, an toàn giao thông năm 2025 trên địa bàn xã Bình Lư", null, null, null,
				LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), 2024, CampaignGoals.all(),
				AccidentPeriodConvention.CALENDAR_MONTH));
		taskAreas.add(OFFICE, id, new TaskAreaCommand("Tuyên truyền an toàn giao thông", null));
		campaigns.participants(id).stream()
			.filter(p -> p.unitId().equals(left))
			.forEach(p -> participants.update(OFFICE, id, p.id(), p.version(), new ParticipantCommand(null, null, null,
					null, null, LocalDate.of(2025, 10, 1))));
		return id;
	}

	private void setStandingOffice(Long committee, Long office) {
		CommitteeView view = committees.get(committee);
		committees.update(committee, view.version(), new CommitteeCommand(view.name(),
				view.areaId(), office, view.parentBody(), view.issuingBody(), view.issuerCode(), view.placeName(),
				view.signatureAuthority(), view.signerTitle(), view.signerNote(), view.signerName(),
				view.defaultRecipients()));
	}

	private Long area(String level) {
		Long levelId = areas.levels().stream().filter(l -> l.code().equals(level)).map(AreaLevelOption::id)
			.findFirst().orElseThrow();
		return areas.create(new AreaCommand("Địa bàn thử " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000,
				null, levelId, null, null, null));
	}

	private Long unit(String name, UnitKind kind, Long committee) {
		String code = "VB" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
		return units.create(new UnitCommand(code, name, null, kind, null, committee,
				code.toLowerCase(Locale.ROOT) + "@example.vn", null, false));
	}
}
