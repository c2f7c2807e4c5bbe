package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;
import static vn.atgt.thidua.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The status matrix, its export and the late list show what hand-built data implies as of 24/08/2024 (July due on
 * 20/08, the registration on 15/07): the police approved and accepted on time, Bản Bo's registration and July report
 * three days late, Nà Tăm's July report returned and waiting, the education office not taking part in July (it joined
 * on 01/09); and the standing office urges from the late list.
 */
@ThiDuaIntegrationTest
class MonitoringPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	NotificationService notifications;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail greenMail;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	record Story(Movement m, Team police, Team education, Team banBo, Team naTam, Long policeJuly, Long naTamJuly) {

		Long july() {
			return m.month(7).id();
		}

		Long august() {
			return m.month(8).id();
		}
	}

	Story story() {
		Movement m = fixture.movement();
		Team police = fixture.team(m.police());
		Team education = fixture.team(m.education());
		Team banBo = fixture.team(m.banBo());
		Team naTam = fixture.team(m.naTam());
		fixture.takesPart(m, m.education(), LocalDate.of(2024, 9, 1), null);
		fixture.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		fixture.registration(m, police).submittedOn(10, 7).approvedOn(12, 7);
		fixture.registration(m, banBo).submittedOn(18, 7);
		Long policeJuly = fixture.report(m, police, 7).submittedOn(19, 8).accepted().id();
		fixture.report(m, banBo, 7).submittedOn(23, 8);
		Long naTamJuly = fixture.report(m, naTam, 7).submittedOn(20, 8).returned("Thiếu ảnh minh chứng").id();
		clock.setInstant(at(24, 8, 9, 0));
		return new Story(m, police, education, banBo, naTam, policeJuly, naTamJuly);
	}

	@Test
	void theMatrixShowsEachCellInWordsWithItsColourAndLink() throws Exception {
		Story s = story();
		Movement m = s.m();
		Document page = page(m.matrixPage(), m.office());

		assertCell(page, m.police().id(), null, "cell-approved", "Đã duyệt", "đúng hạn");
		assertCell(page, m.police().id(), s.july(), "cell-accepted", "Đã tiếp nhận", "đúng hạn");
		assertCell(page, m.police().id(), s.august(), "cell-not-due", "Chưa đến hạn", "");
		assertCell(page, m.banBo().id(), null, "cell-submitted is-late", "Đã gửi", "trễ hạn 3 ngày");
		assertCell(page, m.banBo().id(), s.july(), "cell-submitted is-late", "Đã gửi", "trễ hạn 3 ngày");
		assertCell(page, m.naTam().id(), null, "cell-not-started is-late", "Chưa thực hiện", "quá hạn 40 ngày");
		assertCell(page, m.naTam().id(), s.july(), "cell-returned is-late", "Trả lại, chờ đơn vị", "quá hạn 4 ngày");
		assertCell(page, m.education().id(), s.july(), "cell-not-participating", "Không tham gia", "");
		assertCell(page, m.education().id(), s.august(), "cell-not-participating", "Không tham gia", "");
		assertCell(page, m.education().id(), m.month(9).id(), "cell-not-due", "Chưa đến hạn", "");

		assertThat(cell(page, m.police().id(), s.july()).selectFirst("a").attr("href"))
			.isEqualTo("/reports/" + s.policeJuly());
		assertThat(cell(page, m.naTam().id(), null).selectFirst("a").attr("href"))
			.isEqualTo("/campaigns/" + m.campaignId() + "/targets/units/" + m.naTam().id());
		assertThat(cell(page, m.education().id(), m.month(9).id()).selectFirst("a").attr("href"))
			.isEqualTo("/campaigns/" + m.campaignId() + "/reports?periodId=" + m.month(9).id() + "&unitId="
					+ m.education().id());
		assertThat(cell(page, m.education().id(), s.july()).select("a[href]")).isEmpty();

		// July expects the three units taking part; the registration all four
		assertThat(text(page, "total-" + s.july())).isEqualTo("Đã gửi 2/3 Tỷ lệ 66,7 % 1 trễ hạn 1 quá hạn chưa gửi");
		assertThat(text(page, "total-registration")).isEqualTo("Đã gửi 2/4 Tỷ lệ 50 % 1 trễ hạn 2 quá hạn chưa gửi");
		assertThat(text(page, "total-" + m.month(12).id())).isEqualTo("Đã gửi 0/4 Tỷ lệ 0 %");
		assertThat(text(page, "totals-" + m.banBo().id())).isEqualTo("Đã gửi 1/6 1 trễ hạn");
		assertThat(text(page, "totals-" + m.naTam().id())).isEqualTo("Đã gửi 0/6 1 quá hạn chưa gửi");
		assertThat(text(page, "column-" + s.july())).isEqualTo("Tháng 7/2024 hạn 20/08/2024");
		assertThat(text(page, "column-registration")).isEqualTo("Đăng ký thi đua hạn 15/07/2024");
		assertThat(text(page, "legend")).contains("Không tham gia", "Chưa đến hạn", "Chưa thực hiện", "Nháp", "Đã gửi",
				"Trả lại, chờ đơn vị", "Đã tiếp nhận", "Đã duyệt");
		assertThat(page.select(".nav-tabs a.active").text()).isEqualTo("Theo dõi, đôn đốc");
		// agencies first, then communes, as the campaign lists its units
		assertThat(page.select("[data-testid=matrix] tbody tr").eachAttr("data-testid")).containsExactly(
				"unit-" + m.police().id(), "unit-" + m.education().id(), "unit-" + m.banBo().id(),
				"unit-" + m.naTam().id());
	}

	@Test
	void theMatrixFiltersByUnitKindAndByTaskAreaOfApprovedTargets() throws Exception {
		Story s = story();
		Movement m = s.m();
		assertThat(rows(page(m.matrixPage() + "?unitKind=COMMUNE_COMMITTEE", m.office())))
			.containsExactly("unit-" + m.banBo().id(), "unit-" + m.naTam().id());
		Document communes = page(m.matrixPage() + "?unitKind=COMMUNE_COMMITTEE", m.office());
		assertThat(text(communes, "total-" + s.july())).startsWith("Đã gửi 1/2");
		assertThat(communes.select("#unitKind option[selected]").text()).isEqualTo("UBND cấp xã");

		// only the police have an approved target, under task area 4
		assertThat(rows(page(m.matrixPage() + "?taskAreaId=" + m.area(4), m.office())))
			.containsExactly("unit-" + m.police().id());
		assertThat(rows(page(m.matrixPage() + "?taskAreaId=" + m.area(1), m.office()))).isEmpty();
		// what is not a filter value is no filter
		assertThat(rows(page(m.matrixPage() + "?unitKind=XYZ&taskAreaId=abc", m.office()))).hasSize(4);
	}

	@Test
	void theExportHasTheMatrixContentInASheet() throws Exception {
		Story s = story();
		Movement m = s.m();
		MvcResult result = mvc.perform(get(m.matrixPage() + "/export").with(as(m.office())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		List<List<String>> rows = sheet(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Đơn vị", "Loại đơn vị", "Đăng ký thi đua", "Tháng 7/2024",
				"Tháng 8/2024", "Tháng 9/2024", "Tháng 10/2024", "Tháng 11/2024", "Tháng 12/2024", "Số kỳ đã gửi",
				"Số kỳ trễ hạn", "Số kỳ quá hạn chưa gửi", "Tỷ lệ hoàn thành");
		List<String> banBo = rows.stream().filter(r -> r.get(0).equals(m.banBo().name())).findFirst().orElseThrow();
		assertThat(banBo.subList(1, 5)).containsExactly("UBND cấp xã", "Đã gửi · trễ hạn 3 ngày",
				"Đã gửi · trễ hạn 3 ngày", "Chưa đến hạn");
		assertThat(banBo.subList(9, 13)).containsExactly("1/6", "1", "0", "16,7 %");
		List<String> education = rows.stream().filter(r -> r.get(0).equals(m.education().name())).findFirst()
			.orElseThrow();
		assertThat(education.get(3)).isEqualTo("Không tham gia");
		List<String> total = rows.get(rows.size() - 1);
		assertThat(total.get(0)).isEqualTo("Tổng cộng");
		assertThat(total.get(3)).isEqualTo("Đã gửi 2/3 (66,7 %); 1 trễ hạn; 1 quá hạn chưa gửi");
		assertThat(rows).hasSize(6);

		List<List<String>> communes = sheet(mvc.perform(get(m.matrixPage() + "/export?unitKind=COMMUNE_COMMITTEE")
			.with(as(m.office()))).andReturn().getResponse().getContentAsByteArray());
		assertThat(communes).hasSize(4);
	}

	@Test
	void theLateListShowsWhoIsOverdueLongestFirstWithTheirPersonInCharge() throws Exception {
		Story s = story();
		Movement m = s.m();
		Document page = page(m.latePage(), m.office());
		assertThat(text(page, "late-count")).isEqualTo("2 đơn vị có nội dung quá hạn");
		// both 40 days overdue with their registration: the campaign's order of units decides
		assertThat(page.select("[data-testid=late-units] tbody tr").eachAttr("data-testid"))
			.containsExactly("late-" + m.education().id(), "late-" + m.naTam().id());
		String naTam = text(page, "late-" + m.naTam().id());
		assertThat(naTam).contains(m.naTam().name(), "Đăng ký thi đua", "Chưa thực hiện", "hạn 15/07/2024, quá hạn 40 ngày",
				"Báo cáo Tháng 7/2024", "Trả lại, chờ đơn vị", "hạn 20/08/2024, quá hạn 4 ngày", "40",
				"Tẩn Thị Mai, Công chức Văn phòng - Thống kê", "0987 654 321", "Chưa đôn đốc");
		Element row = page.selectFirst("[data-testid=late-" + m.naTam().id() + "]");
		assertThat(row.select("a[href^=tel:]").attr("href")).isEqualTo("tel:0987 654 321");
		assertThat(row.select("a").eachAttr("href")).contains("/reports/" + s.naTamJuly());
		assertThat(row.select("input[name=unitIds]").val()).isEqualTo(m.naTam().id().toString());
		assertThat(page.select("[data-testid=urge]").text()).isEqualTo("Gửi nhắc nhở");
		assertThat(page.select("[data-testid=urging-letter]").attr("formaction")).isEqualTo(m.letterAddress());

		Document july = page(m.latePage() + "?item=" + s.july(), m.office());
		assertThat(july.select("[data-testid=late-units] tbody tr").eachAttr("data-testid"))
			.containsExactly("late-" + m.naTam().id());
		assertThat(text(july, "late-" + m.naTam().id())).doesNotContain("Đăng ký thi đua").contains("quá hạn 4 ngày");
		assertThat(july.select("input[name=item]").val()).isEqualTo(s.july().toString());
		assertThat(july.select("#item option[selected]").text()).isEqualTo("Báo cáo Tháng 7/2024");

		Document registration = page(m.latePage() + "?item=registration", m.office());
		assertThat(registration.select("[data-testid=late-units] tbody tr")).hasSize(2);

		// on 20/08 nothing is late yet: the due date itself is not late
		clock.setInstant(at(20, 8, 17, 0));
		assertThat(text(page(m.latePage() + "?item=" + s.july(), m.office()), "late-units"))
			.contains("Không có đơn vị nào quá hạn.");
	}

	@Test
	void theOfficeUrgesTheSelectedLateUnitsInTheAppAndByEmailAndSeesWhenItDid() throws Exception {
		Story s = story();
		Movement m = s.m();
		clock.setInstant(at(24, 8, 14, 30));
		MvcResult result = mvc.perform(post(m.latePage() + "/urge").with(as(m.office())).with(csrf())
				.param("unitIds", m.naTam().id().toString(), m.police().id().toString())
				.param("item", s.july().toString()))
			.andExpect(redirectedUrl(m.latePage() + "?item=" + s.july()))
			.andReturn();
		Flash flash = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).isEqualTo("monitoring.urge.sent");
		assertThat(flash.args()).containsExactly(1, 2, 1);

		String expected = "Cơ quan thường trực đề nghị đơn vị khẩn trương gửi báo cáo kết quả Tháng 7/2024 (hạn nộp "
				+ "20/08/2024, đã quá hạn 4 ngày) theo Kế hoạch số " + m.planNumber() + ".";
		for (CurrentUser user : List.of(s.naTam().officer(), s.naTam().head())) {
			assertThat(urgings(user)).singleElement().satisfies(notice -> {
				assertThat(notice.link()).isEqualTo("/reports/" + s.naTamJuly());
				assertThat(notice.createdAt()).isEqualTo(at(24, 8, 14, 30));
			});
			assertThat(page("/notifications", user).text()).contains(expected);
			assertThat(mails(fixture.emailOf(user)).stream()
				.filter(mail -> Mailbox.subject(mail).contains("khẩn trương")))
				.singleElement()
				.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("[Thi đua ATGT] " + expected));
		}
		assertThat(urgings(s.police().head())).isEmpty();

		Document late = page(m.latePage(), m.office());
		assertThat(text(late, "urged-" + m.naTam().id())).isEqualTo("24/08/2024 14:30");
		assertThat(text(late, "urged-" + m.education().id())).isEqualTo("Chưa đôn đốc");
	}

	@Test
	void urgingWithoutAUnitOrWithoutAnythingLateSaysSoAndSendsNothing() throws Exception {
		Story s = story();
		Movement m = s.m();
		MvcResult none = mvc.perform(post(m.latePage() + "/urge").with(as(m.office())).with(csrf())
				.param("item", "registration"))
			.andExpect(redirectedUrl(m.latePage() + "?item=registration"))
			.andReturn();
		assertThat(((Flash) none.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("monitoring.urge.noUnit");

		MvcResult nothing = mvc.perform(post(m.latePage() + "/urge").with(as(m.office())).with(csrf())
				.param("unitIds", m.police().id().toString()))
			.andExpect(redirectedUrl(m.latePage()))
			.andReturn();
		assertThat(((Flash) nothing.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("monitoring.urge.nothingLate");
		assertThat(urgings(s.police().head())).isEmpty();

		// the letter's button on the same form: back to the list with the reason
		MvcResult letter = mvc.perform(post(m.letterAddress()).with(as(m.office())).with(csrf())
				.param("item", s.july().toString()).header("Referer", "http://localhost" + m.latePage() + "?item="
						+ s.july()))
			.andExpect(redirectedUrl(m.latePage() + "?item=" + s.july()))
			.andReturn();
		assertThat(((Flash) letter.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("document.urgingLetter.noUnit");
		MvcResult notLate = mvc.perform(post(m.letterAddress()).with(as(m.office())).with(csrf())
				.param("unitIds", m.police().id().toString()).header("Referer", "http://localhost" + m.latePage()))
			.andExpect(redirectedUrl(m.latePage()))
			.andReturn();
		assertThat(((Flash) notLate.getFlashMap().get(Flash.ATTRIBUTE)).key())
			.isEqualTo("document.urgingLetter.nothingLate");
	}

	@Test
	void theLetterDownloadsForTheSelectedUnitsFromTheLateList() throws Exception {
		Story s = story();
		Movement m = s.m();
		MvcResult result = mvc.perform(post(m.letterAddress()).with(as(m.office())).with(csrf())
				.param("unitIds", m.naTam().id().toString(), m.education().id().toString()).param("item", ""))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("Cong-van-don-doc.docx");
		try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
			assertThat(extractor.getText()).contains("V/v đôn đốc đăng ký thi đua và báo cáo kết quả thực hiện phong trào "
					+ "thi đua tháng 7/2024", m.naTam().name(), m.education().name(), "Đã trả lại, chưa gửi lại (quá hạn 4 ngày)")
				.doesNotContain(m.police().name());
		}
		MvcResult july = mvc.perform(get(m.letterAddress()).with(as(m.office()))
				.param("unitIds", m.naTam().id().toString()).param("item", s.july().toString()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(july.getResponse().getHeader("Content-Disposition"))
			.contains("Cong-van-don-doc-Th%C3%A1ng-7-2024.docx");
	}

	@Test
	void homePagesShowTheUnitWhatIsReturnedOverdueAndNextAndTheOfficeItsQueueLateUnitsAndPeriod() throws Exception {
		Story s = story();
		Movement m = s.m();
		Element naTam = page("/", s.naTam().officer()).selectFirst("[data-testid=unit-glance-" + m.campaignId() + "]");
		assertThat(naTam).isNotNull();
		assertThat(naTam.select("li").eachText()).containsExactly(
				"Báo cáo kết quả Tháng 7/2024 bị trả lại: xem lý do, sửa và gửi lại",
				"Đăng ký thi đua đã quá hạn 40 ngày",
				"Sắp tới: báo cáo kết quả Tháng 8/2024, hạn nộp 20/09/2024");
		assertThat(naTam.select("a").eachAttr("href")).containsExactly("/reports/" + s.naTamJuly(),
				"/campaigns/" + m.campaignId() + "/targets", "/campaigns/" + m.campaignId() + "/reports");
		Element police = page("/", s.police().head()).selectFirst("[data-testid=unit-glance-" + m.campaignId() + "]");
		assertThat(police.select("li").eachText())
			.containsExactly("Sắp tới: báo cáo kết quả Tháng 8/2024, hạn nộp 20/09/2024");

		Document home = page("/", m.office());
		Element office = home.selectFirst("[data-testid=office-glance-" + m.campaignId() + "]");
		assertThat(office).as("the newest running campaign is on the office's home").isNotNull();
		assertThat(office.select(".card").eachText()).containsExactly(
				"1 báo cáo chờ thẩm định (1 đăng ký chờ duyệt)", "2 đơn vị có nội dung quá hạn",
				"66,7 % đã gửi báo cáo Tháng 7/2024: 2/3 đơn vị");
		assertThat(office.select("a").eachAttr("href")).containsExactly("/campaigns/" + m.campaignId() + "/dashboard",
				"/campaigns/" + m.campaignId() + "/review", m.latePage(), m.matrixPage());
		assertThat(home.select("[data-testid^=unit-glance-]")).isEmpty();
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static Element cell(Document page, Long unitId, Long periodId) {
		Element cell = page.selectFirst("[data-testid=cell-" + unitId + "-" + (periodId == null ? "registration" : periodId)
				+ "]");
		assertThat(cell).as("cell of unit " + unitId + ", period " + periodId).isNotNull();
		return cell;
	}

	private static void assertCell(Document page, Long unitId, Long periodId, String css, String status,
			String detail) {
		Element cell = cell(page, unitId, periodId);
		assertThat(cell.className()).isEqualTo(css);
		assertThat(cell.selectFirst("span").text()).isEqualTo(status);
		assertThat(cell.select("small").text()).isEqualTo(detail);
	}

	private static String text(Document page, String testId) {
		Element element = page.selectFirst("[data-testid=" + testId + "]");
		assertThat(element).as(testId).isNotNull();
		return element.text();
	}

	private static List<String> rows(Document page) {
		return page.select("[data-testid=matrix] tbody tr[data-testid]").eachAttr("data-testid");
	}

	private static List<List<String>> sheet(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private List<NotificationRow> urgings(CurrentUser user) {
		return notifications.page(user.id(), PageRequest.of(0, 50)).getContent().stream()
			.filter(n -> n.kind() == NotificationKind.URGING)
			.toList();
	}

	private List<MimeMessage> mails(String address) {
		return Mailbox.of(greenMail, address);
	}
}
