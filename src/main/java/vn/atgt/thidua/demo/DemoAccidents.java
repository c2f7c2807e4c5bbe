package vn.atgt.thidua.demo;

import static vn.atgt.thidua.demo.DemoPeople.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentPeriod;
import vn.atgt.thidua.accident.AccidentQueries;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.BlackSpotCommand;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotOptions;
import vn.atgt.thidua.accident.BlackSpotQueries;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.SheetArea;
import vn.atgt.thidua.accident.SheetCommand;
import vn.atgt.thidua.accident.SheetScope;
import vn.atgt.thidua.accident.SheetView;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Sample accident figures of the seed movement, clearly marked as such (not official statistics): every month of 2023
 * and July–November 2024 for the town and the twelve communes, counted the police's way (15th to 14th), with rises and
 * falls, one drink-driving case and no especially serious one. The district police enter them and the standing office
 * confirms them, except November 2024, left as a draft: the baseline year when the campaign was launched (late June
 * 2024), each month of 2024 the day after it ended, confirmed the day after that. And a handful of black spots,
 * potential points, an illegal opening and an encroachment point, in every status of their treatment, registered a few
 * days after they were identified. Each step runs at its moment on the {@link StoryClock}, so the history and the
 * records' dates tell the story's times.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAccidents implements ApplicationRunner {

	static final String SAMPLE = "Số liệu mẫu — không phải số liệu thống kê chính thức";
	static final String TOWN = "Tam Đường";

	private static final Logger log = LoggerFactory.getLogger(DemoAccidents.class);

	private final CampaignService campaigns;
	private final AccidentService accidents;
	private final AccidentQueries accidentQueries;
	private final BlackSpotService blackSpots;
	private final BlackSpotQueries blackSpotQueries;
	private final UnitService units;
	private final StoryClock storyClock;

	DemoAccidents(CampaignService campaigns, AccidentService accidents, AccidentQueries accidentQueries,
			BlackSpotService blackSpots, BlackSpotQueries blackSpotQueries, UnitService units, StoryClock storyClock) {
		this.campaigns = campaigns;
		this.accidents = accidents;
		this.accidentQueries = accidentQueries;
		this.blackSpots = blackSpots;
		this.blackSpotQueries = blackSpotQueries;
		this.units = units;
		this.storyClock = storyClock;
	}

	/** One area's month: cases, deaths, injured, of which drink-driving, and collisions counted apart. */
	private record Line(String area, int cases, int deaths, int injured, int drinkDriving, int collisions) {

		AccidentFigures figures() {
			return new AccidentFigures(cases, deaths, injured, drinkDriving, 0, 0, collisions, null, null, null);
		}
	}

	private static Line l(String area, int cases, int deaths, int injured, int collisions) {
		return new Line(area, cases, deaths, injured, 0, collisions);
	}

	/** The sample months: 2023 whole (the baseline), July–November 2024; areas not listed had no accident. */
	static Map<String, List<Line>> months() {
		Map<String, List<Line>> m = new LinkedHashMap<>();
		m.put("2023-01", List.of(l(TOWN, 1, 1, 0, 2), l("Bình Lư", 1, 0, 2, 1)));
		m.put("2023-02", List.of(l(TOWN, 2, 1, 2, 3), l("Bản Bo", 1, 0, 1, 0)));
		m.put("2023-03", List.of(l("Sơn Bình", 1, 0, 1, 1)));
		m.put("2023-04", List.of(l(TOWN, 1, 1, 1, 2), l("Nà Tăm", 1, 0, 1, 0)));
		m.put("2023-05", List.of(l("Bình Lư", 1, 0, 2, 1)));
		m.put("2023-06", List.of(l(TOWN, 1, 0, 1, 1), l("Bản Bo", 1, 1, 0, 0)));
		m.put("2023-07", List.of(l(TOWN, 1, 0, 2, 2), l("Bình Lư", 1, 1, 0, 1), l("Hồ Thầu", 1, 0, 1, 0)));
		m.put("2023-08", List.of(l(TOWN, 1, 1, 1, 1), l("Bản Giang", 1, 0, 1, 0)));
		m.put("2023-09", List.of(l("Bình Lư", 2, 1, 1, 2), l("Tả Lèng", 1, 1, 1, 0)));
		m.put("2023-10", List.of(l(TOWN, 1, 0, 2, 1)));
		m.put("2023-11", List.of(l(TOWN, 1, 1, 0, 2), l("Khun Há", 1, 0, 1, 0)));
		m.put("2023-12", List.of(l(TOWN, 1, 0, 2, 1), l("Bản Hon", 1, 0, 1, 0)));
		m.put("2024-07", List.of(l(TOWN, 1, 1, 0, 1), l("Bản Bo", 1, 0, 2, 1)));
		m.put("2024-08", List.of(l(TOWN, 2, 0, 2, 2), new Line("Bình Lư", 1, 1, 1, 1, 0)));
		m.put("2024-09", List.of(l("Nùng Nàng", 1, 0, 2, 1)));
		m.put("2024-10", List.of(l(TOWN, 1, 1, 0, 1), l("Sơn Bình", 1, 0, 1, 0)));
		m.put("2024-11", List.of(l(TOWN, 1, 0, 1, 1)));
		return m;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long campaignId = campaigns.list(null).stream()
			.filter(c -> DemoCampaign.PLAN_NUMBER.equals(c.planNumber()))
			.map(CampaignSummary::id)
			.findFirst()
			.orElse(null);
		UnitSummary police = units.findByCode("CAH").orElse(null);
		UnitSummary office = units.findByCode("KTHT").orElse(null);
		if (campaignId == null || police == null || office == null) {
			return;
		}
		CurrentUser policeOfficer = new CurrentUser(null, "canbocongan", "Đỗ Văn G", police.id(), police.name(),
				police.committeeId(), EnumSet.of(Role.UNIT_OFFICER), false);
		CurrentUser clerk = new CurrentUser(null, "thuongtruc", "Phạm Thị Thường", office.id(), office.name(),
				office.committeeId(), EnumSet.of(Role.STANDING_OFFICE), false);
		AccidentComparison comparison = accidents.comparison(clerk, campaignId);
		if (comparison.months().stream().anyMatch(m -> m.status() != null || m.baselineStatus() != null)) {
			return;
		}
		enterFigures(campaignId, policeOfficer, clerk);
		registerBlackSpots(campaignId, clerk, police, office);
		log.info("Demo accident figures (sample data) and black spots created.");
	}

	private void enterFigures(Long campaignId, CurrentUser policeOfficer, CurrentUser clerk) {
		int[] baselineMonth = { 0 };
		months().forEach((key, lines) -> {
			AccidentPeriod period = accidents.period(campaignId, key);
			Instant entered;
			Instant confirmed;
			if (period.year() < 2024) {
				int n = baselineMonth[0]++;
				entered = at(24, 6, 8, 30).plusSeconds(600L * n);
				confirmed = at(25, 6, 9, 0).plusSeconds(300L * n);
			}
			else {
				entered = period.lastDay().plusDays(1).atTime(9, 0).atZone(Formats.ZONE).toInstant();
				confirmed = period.lastDay().plusDays(2).atTime(15, 0).atZone(Formats.ZONE).toInstant();
			}
			SheetView sheet = accidentQueries.sheet(policeOfficer, campaignId, period);
			Map<Long, AccidentFigures> figures = new LinkedHashMap<>();
			for (SheetArea area : sheet.areas()) {
				figures.put(area.id(), lines.stream()
					.filter(line -> line.area().equals(area.plainName()))
					.map(Line::figures)
					.reduce(AccidentFigures::plus)
					.orElse(AccidentFigures.ZERO));
			}
			String source = SAMPLE + " (Công an huyện Tam Đường, báo cáo tháng " + period.monthLabel() + ")";
			storyClock.run(entered, () -> accidents.save(policeOfficer, campaignId, period, 0,
					new SheetCommand(SheetScope.BY_AREA, source, figures)));
			if (!"2024-11".equals(key)) {
				long version = accidentQueries.sheet(clerk, campaignId, period).version();
				storyClock.run(confirmed, () -> accidents.confirm(clerk, campaignId, period, version));
			}
		});
	}

	private void registerBlackSpots(Long campaignId, CurrentUser clerk, UnitSummary police, UnitSummary office) {
		BlackSpotOptions options = blackSpotQueries.options(clerk, campaignId);
		Map<String, Long> area = new LinkedHashMap<>();
		options.areas().forEach(a -> area.putIfAbsent(a.plainName(), a.id()));
		Long kinhTe = office.id();
		Long congAn = police.id();
		Long xaBinhLu = units.findByCode("XA-BINHLU").map(UnitSummary::id).orElse(null);

		Long curve = create(at(18, 3, 9, 0), campaignId, clerk, new BlackSpotCommand(BlackSpotKind.BLACK_SPOT,
				"Đường cong gấp trên QL4D đoạn qua thị trấn Tam Đường", "QL4D", "Km 384+200", area.get(TOWN),
				new BigDecimal("22.415300"), new BigDecimal("103.488100"), LocalDate.of(2024, 3, 15),
				"Trong 12 tháng xảy ra 2 vụ tai nạn giao thông làm chết người. " + SAMPLE + ".",
				"15/01/2023: 1 vụ, 1 người chết; 10/11/2023: 1 vụ, 1 người chết. " + SAMPLE + ".",
				"Đường cong bán kính nhỏ, tầm nhìn bị che khuất; thiếu biển báo và gương cầu lồi.",
				"Cắm biển báo nguy hiểm, lắp gương cầu lồi, kẻ vạch giảm tốc, phát quang tầm nhìn.", kinhTe,
				new BigDecimal("185000000"), LocalDate.of(2024, 9, 30)));
		move(at(15, 4, 10, 0), campaignId, curve, BlackSpotStatus.BEING_TREATED,
				"Đã lập dự toán, giao đơn vị quản lý đường thi công.", clerk);
		move(at(20, 9, 16, 0), campaignId, curve, BlackSpotStatus.TREATED,
				"Đã lắp 2 gương cầu lồi, 4 biển báo và kẻ vạch giảm tốc.", clerk);

		Long junction = create(at(13, 5, 9, 30), campaignId, clerk,
				new BlackSpotCommand(BlackSpotKind.POTENTIAL_POINT,
				"Nút giao QL4D với đường vào trung tâm xã Bản Bo", "QL4D", "Km 372+650", area.get("Bản Bo"), null, null,
				LocalDate.of(2024, 5, 10), "Nút giao không có đèn tín hiệu, nhiều phương tiện rẽ trái. " + SAMPLE + ".",
				"Trong 12 tháng xảy ra 5 vụ va chạm giao thông. " + SAMPLE + ".",
				"Tầm nhìn hạn chế, người dân đi từ đường nhánh ra không quan sát.",
				"Lắp biển cảnh báo, gờ giảm tốc trên đường nhánh; tuyên truyền tại các bản.", kinhTe,
				new BigDecimal("60000000"), LocalDate.of(2024, 12, 31)));
		move(at(10, 6, 10, 0), campaignId, junction, BlackSpotStatus.BEING_TREATED,
				"Đã lắp biển cảnh báo; đang làm gờ giảm tốc.", clerk);

		create(at(4, 7, 9, 0), campaignId, clerk, new BlackSpotCommand(BlackSpotKind.ILLEGAL_OPENING,
				"Lối đi tự mở qua dải phân cách QL4D khu vực chợ thị trấn", "QL4D", "Km 385+050", area.get(TOWN), null,
				null, LocalDate.of(2024, 7, 2), null, SAMPLE + ".", "Người dân tự cắt dải phân cách để đi tắt vào chợ.",
				"Rào lại dải phân cách, cắm biển cấm, giao Công an thị trấn kiểm tra.", congAn, null,
				LocalDate.of(2024, 10, 31)));

		Long stalls = create(at(22, 4, 14, 0), campaignId, clerk,
				new BlackSpotCommand(BlackSpotKind.ENCROACHMENT,
				"Hàng quán lấn chiếm lề đường QL32 đoạn qua trung tâm xã Bình Lư", "QL32", "Km 0+300 – Km 0+800",
				area.get("Bình Lư"), null, null, LocalDate.of(2024, 4, 20), null, SAMPLE + ".",
				"Hộ kinh doanh bày hàng hóa, dựng mái che trên lề đường.",
				"Vận động tháo dỡ, lập biên bản các trường hợp tái phạm, kiểm tra định kỳ.", xaBinhLu, null,
				LocalDate.of(2024, 8, 31)));
		move(at(6, 5, 9, 0), campaignId, stalls, BlackSpotStatus.BEING_TREATED,
				"Đã vận động 14 hộ tự tháo dỡ mái che.", clerk);
		move(at(25, 6, 15, 0), campaignId, stalls, BlackSpotStatus.TREATED, "Đã giải tỏa toàn bộ đoạn lề đường.",
				clerk);
		move(at(30, 8, 10, 0), campaignId, stalls, BlackSpotStatus.MONITORING,
				"Giao UBND xã kiểm tra hằng tuần, tránh tái lấn chiếm.", clerk);

		create(at(14, 8, 9, 0), campaignId, clerk, new BlackSpotCommand(BlackSpotKind.POTENTIAL_POINT,
				"Đoạn đèo dốc quanh co trên đường tỉnh qua xã Sơn Bình", "ĐT.136", "Km 10+000 – Km 11+500",
				area.get("Sơn Bình"), null, null, LocalDate.of(2024, 8, 12),
				"Đường đèo dốc, quanh co; thiếu hộ lan tôn sóng. " + SAMPLE + ".", SAMPLE + ".",
				"Mặt đường hẹp, nhiều khúc cua liên tiếp, sương mù vào buổi sáng.",
				"Đề nghị bổ sung hộ lan tôn sóng, cọc tiêu và biển báo đường cong liên tiếp.", kinhTe,
				new BigDecimal("420000000"), null));
	}

	/** The office registers a point at that moment. */
	private Long create(Instant when, Long campaignId, CurrentUser user, BlackSpotCommand command) {
		return storyClock.at(when, () -> blackSpots.create(user, campaignId, command));
	}

	/** The office moves a point's treatment on at that moment. */
	private void move(Instant when, Long campaignId, Long spotId, BlackSpotStatus status, String note,
			CurrentUser user) {
		long version = blackSpotQueries.spot(user, campaignId, spotId).version();
		storyClock.run(when, () -> blackSpots.move(user, campaignId, spotId, version, status, note));
	}
}
