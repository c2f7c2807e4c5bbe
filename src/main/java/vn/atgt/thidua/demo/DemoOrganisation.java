package vn.atgt.thidua.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

import vn.atgt.thidua.account.AccountService;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserCommand;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.AreaLevelOption;
import vn.atgt.thidua.unit.AreaRow;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeRole;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.MemberCommand;
import vn.atgt.thidua.unit.OfficialAreas;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

/**
 * Tam Đường district in 2024 (DOMAIN.md §4.2): the province of Lai Châu loaded from the official list of administrative
 * units (its 38 units of 1/7/2025, and its former districts and communes valid until 30/6/2025, among them Tam Đường's
 * town and twelve communes, each linked to its official successor: Bình Lư, Bản Bo, Khun Há, Sin Suối Hồ, Tả Lèng
 * and the ward of Tân Phong), the member units of the
 * district Ban ATGT, the committee with Phòng Kinh tế và Hạ tầng as standing office and the signature block of the seed
 * plan, and the demo accounts of DESIGN.md §7 (password demo1234). Committee members other than the seed plan's signer
 * carry placeholder names ("Nguyễn Văn A").
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisation implements ApplicationRunner {

	static final String PASSWORD = "demo1234";
	static final LocalDate REFORM = OfficialAreas.REFORM;
	static final String LAI_CHAU = "12";
	static final List<String> COMMUNES_2024 = List.of("Bản Bo", "Bản Giang", "Bản Hon", "Bình Lư", "Giang Ma",
			"Hồ Thầu", "Khun Há", "Nà Tăm", "Nùng Nàng", "Sơn Bình", "Tả Lèng", "Thèn Sin");

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private final AreaService areas;
	private final UnitService units;
	private final CommitteeService committees;
	private final UserAdminService users;
	private final AccountService accounts;
	private final OfficialAreas officialAreas;
	private final DemoProvince province;

	DemoOrganisation(AreaService areas, UnitService units, CommitteeService committees, UserAdminService users,
			AccountService accounts, OfficialAreas officialAreas, DemoProvince province) {
		this.province = province;
		this.officialAreas = officialAreas;
		this.areas = areas;
		this.units = units;
		this.committees = committees;
		this.users = users;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.anyUserExists() || !committees.committees().isEmpty()) {
			return;
		}
		Map<String, Long> level = new LinkedHashMap<>();
		for (AreaLevelOption option : areas.levels()) {
			level.put(option.code(), option.id());
		}
		// the official list (issue 18, item 5): Lai Châu's 38 units of 2025, its former districts and communes, and the
		// links from each former commune to its official successor
		officialAreas.load(LAI_CHAU, true);
		Long provinceArea = areas.byOfficialCode(LAI_CHAU).orElseThrow();
		LocalDate lastDistrictDay = REFORM.minusDays(1);
		Long district = child(provinceArea, "Tam Đường", level.get("DISTRICT"), lastDistrictDay);
		Long town = child(district, "Tam Đường", level.get("TOWNSHIP"), lastDistrictDay);
		Map<String, Long> communes = new LinkedHashMap<>();
		for (String name : COMMUNES_2024) {
			communes.put(name, child(district, name, level.get("COMMUNE"), lastDistrictDay));
		}

		// the province's committee over two 2025 communes' (issue 18), made first: Tam Đường's stays the last made
		province.organise(provinceArea);
		Long committee = committees.create(new CommitteeCommand("Ban An toàn giao thông huyện Tam Đường", district,
				null, "UBND HUYỆN TAM ĐƯỜNG", "BAN AN TOÀN GIAO THÔNG", "BATGT", "Tam Đường", "KT. TRƯỞNG BAN",
				"PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG", "Lê Huy Chính",
				"Các thành viên BATGT huyện;\nUBND các xã, thị trấn;\nLưu: VT."));
		Map<String, Long> unit = createUnits(committee, district, town, communes);
		var view = committees.get(committee);
		committees.update(committee, view.version(), new CommitteeCommand(view.name(), view.areaId(), unit.get("KTHT"),
				view.parentBody(), view.issuingBody(), view.issuerCode(), view.placeName(), view.signatureAuthority(),
				view.signerTitle(), view.signerNote(), view.signerName(), view.defaultRecipients()));
		addMembers(committee, unit);
		createAccounts(unit);
		log.info("Demo organisation of Tam Đường district created ({} units).", unit.size());
	}

	private Long child(Long parent, String name, Long levelId, LocalDate day) {
		return areas.childrenOn(parent, day).stream()
			.filter(a -> a.name().equals(name) && a.levelId().equals(levelId))
			.map(AreaRow::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("not in the official list: " + name));
	}

	private Map<String, Long> createUnits(Long committee, Long district, Long town, Map<String, Long> communes) {
		Map<String, Long> ids = new LinkedHashMap<>();
		agency(ids, committee, district, "KTHT", "Phòng Kinh tế và Hạ tầng", "Phòng KT&HT", UnitKind.AGENCY, false);
		agency(ids, committee, district, "CAH", "Công an huyện Tam Đường", "Công an huyện", UnitKind.AGENCY, true);
		agency(ids, committee, district, "GDDT", "Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", UnitKind.AGENCY, false);
		agency(ids, committee, district, "VHTT", "Phòng Văn hóa và Thông tin", "Phòng VH&TT", UnitKind.AGENCY, false);
		agency(ids, committee, district, "TTVHTT", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
				"Trung tâm VHTT&TT", UnitKind.AGENCY, false);
		agency(ids, committee, district, "TTYT", "Trung tâm Y tế huyện", "Trung tâm Y tế", UnitKind.AGENCY, false);
		agency(ids, committee, district, "TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH", UnitKind.AGENCY, false);
		agency(ids, committee, district, "TP", "Phòng Tư pháp", "Phòng Tư pháp", UnitKind.AGENCY, false);
		agency(ids, committee, district, "BCHQS", "Ban Chỉ huy Quân sự huyện", "BCH Quân sự", UnitKind.AGENCY, false);
		agency(ids, committee, district, "MTTQ", "Ủy ban MTTQ Việt Nam huyện", "UB MTTQ",
				UnitKind.MASS_ORGANISATION, false);
		agency(ids, committee, district, "HDTN", "Huyện đoàn Tam Đường", "Huyện đoàn", UnitKind.MASS_ORGANISATION,
				false);
		agency(ids, committee, district, "HLHPN", "Hội Liên hiệp Phụ nữ huyện", "Hội LHPN",
				UnitKind.MASS_ORGANISATION, false);
		agency(ids, committee, district, "HND", "Hội Nông dân huyện", "Hội Nông dân", UnitKind.MASS_ORGANISATION,
				false);
		agency(ids, committee, district, "HCCB", "Hội Cựu chiến binh huyện", "Hội CCB", UnitKind.MASS_ORGANISATION,
				false);
		agency(ids, committee, town, "TT-TAMDUONG", "UBND thị trấn Tam Đường", "TT Tam Đường",
				UnitKind.COMMUNE_COMMITTEE, false);
		communes.forEach((name, area) -> agency(ids, committee, area, "XA-" + code(name), "UBND xã " + name,
				"Xã " + name, UnitKind.COMMUNE_COMMITTEE, false));
		return ids;
	}

	private void agency(Map<String, Long> ids, Long committee, Long area, String code, String name, String shortName,
			UnitKind kind, boolean accidentFigures) {
		String email = code.toLowerCase(java.util.Locale.ROOT) + "@tamduong.example.vn";
		ids.put(code, units.create(new UnitCommand(code, name, shortName, kind, area, committee, email, null,
				accidentFigures)));
	}

	private void addMembers(Long committee, Map<String, Long> unit) {
		int order = 0;
		committees.addMember(committee, new MemberCommand("Nguyễn Văn A", "Phó Chủ tịch UBND huyện", null,
				CommitteeRole.HEAD, order++));
		committees.addMember(committee, new MemberCommand("Lê Huy Chính", "Trưởng phòng Kinh tế và Hạ tầng",
				unit.get("KTHT"), CommitteeRole.STANDING_DEPUTY, order++));
		committees.addMember(committee, new MemberCommand("Trần Văn B", "Phó Trưởng Công an huyện", unit.get("CAH"),
				CommitteeRole.DEPUTY, order++));
		committees.addMember(committee, new MemberCommand("Lò Thị C", "Phó Trưởng phòng Giáo dục và Đào tạo",
				unit.get("GDDT"), CommitteeRole.MEMBER, order++));
		committees.addMember(committee, new MemberCommand("Hoàng Văn D", "Phó Giám đốc Trung tâm Y tế huyện",
				unit.get("TTYT"), CommitteeRole.MEMBER, order++));
		committees.addMember(committee, new MemberCommand("Vàng Thị E", "Phó Trưởng phòng Văn hóa và Thông tin",
				unit.get("VHTT"), CommitteeRole.MEMBER, order));
	}

	private void createAccounts(Map<String, Long> unit) {
		user("admin", "Quản trị hệ thống", "Quản trị viên", null, EnumSet.of(Role.ADMIN));
		accounts.createSystemAdministrator("hethong", PASSWORD, "Quản trị cài đặt (Sở Xây dựng)");
		user("thuongtruc", "Phạm Thị Thường", "Chuyên viên Phòng Kinh tế và Hạ tầng", unit.get("KTHT"),
				EnumSet.of(Role.STANDING_OFFICE));
		user("lanhdao", "Nguyễn Văn A", "Phó Chủ tịch UBND huyện, Trưởng Ban ATGT", null, EnumSet.of(Role.LEADER));
		user("conganhuyen", "Trần Văn B", "Phó Trưởng Công an huyện", unit.get("CAH"), EnumSet.of(Role.UNIT_HEAD));
		user("canbocongan", "Đỗ Văn G", "Cán bộ Đội CSGT-TT", unit.get("CAH"), EnumSet.of(Role.UNIT_OFFICER));
		user("gddt", "Lò Thị C", "Phó Trưởng phòng Giáo dục và Đào tạo", unit.get("GDDT"), EnumSet.of(Role.UNIT_HEAD));
		user("xabanbo", "Lù Văn H", "Công chức Văn phòng - Thống kê xã Bản Bo", unit.get("XA-BANBO"),
				EnumSet.of(Role.UNIT_OFFICER));
		user("chutichbanbo", "Tẩn Văn K", "Chủ tịch UBND xã Bản Bo", unit.get("XA-BANBO"), EnumSet.of(Role.UNIT_HEAD));
	}

	private void user(String username, String fullName, String jobTitle, Long unitId, Set<Role> roles) {
		users.createWithOwnPassword(new UserCommand(username, fullName, jobTitle, username + "@tamduong.example.vn",
				null, unitId, roles), PASSWORD);
	}

	private static String code(String name) {
		return vn.atgt.thidua.common.text.SearchText.key(name).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}
}
