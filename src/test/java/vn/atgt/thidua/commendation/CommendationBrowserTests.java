package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Journey 7 of JOURNEYS.md in a real browser, the proposal chain: the commune's officer prepares a proposal for an
 * individual (citing the recognised exemplar), the head submits it, the office accepts it, records the voting meeting,
 * approves, downloads the dossier's ZIP, forwards it to the deciding level and records the decision; the list shows it
 * decided.
 */
@ThiDuaIntegrationTest
class CommendationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	TestUsers users;

	@Test
	void aUnitProposesItsHeadSubmitsTheOfficeVotesApprovesForwardsAndRecordsTheDecision() {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		Long exemplar = fixture.recognisedExemplar(ban, ban.banBo(), office);
		CurrentUser officer = fixture.officer(ban.banBo());
		CurrentUser head = fixture.head(ban.banBo());
		String list = "/campaigns/" + ban.campaignId() + "/commendations";

		try (Browser browser = new Browser(port)) {
			// the officer prepares the proposal; the award forms offered are those valid on 20/12/2024
			browser.signIn(officer.username(), TestUsers.PASSWORD);
			browser.open(list).clickLink("Lập đề nghị");
			WebElement offerDate = browser.driver().findElement(By.id("offer-date"));
			offerDate.clear();
			offerDate.sendKeys("20/12/2024");
			new Select(browser.driver().findElement(By.id("offer-kind"))).selectByValue("INDIVIDUAL");
			browser.press("Xem hình thức");
			browser.fill("Họ và tên / tên tập thể", "Lò Thị Mai")
				.fill("Chức vụ", "Công chức Văn hóa - Xã hội xã Bản Bo")
				.fill("Thành tích tóm tắt", "Tổ chức 15 buổi tuyên truyền; xây dựng mô hình Cổng trường an toàn giao thông")
				.fill("Báo cáo thành tích", "Báo cáo thành tích của bà Lò Thị Mai năm 2024: 15 buổi tuyên truyền.");
			new Select(browser.driver().findElement(By.id("gender"))).selectByValue("FEMALE");
			browser.check("Người lao động trực tiếp (không giữ chức vụ lãnh đạo, quản lý)");
			Select awardForm = new Select(browser.driver().findElement(By.id("awardFormId")));
			assertThat(awardForm.getOptions()).extracting(WebElement::getText)
				.anyMatch(o -> o.startsWith("Giấy khen của Chủ tịch UBND huyện"))
				.noneMatch(o -> o.contains("UBND xã"));
			awardForm.selectByValue(fixture.giayKhen().toString());
			WebElement cite = browser.driver().findElement(By.cssSelector("input[name='exemplarIds'][value='" + exemplar + "']"));
			browser.scrollTo(cite).click();
			browser.press("Lưu");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã lập đề nghị khen thưởng cho \"Lò Thị Mai\".");
			assertThat(browser.text()).contains("Đề nghị đã sẵn sàng; Trưởng đơn vị gửi.");
			assertThat(browser.all("button")).extracting(WebElement::getText).doesNotContain("Gửi đề nghị");
			String proposal = browser.currentPath();
			browser.screenshot("commendation-draft");

			// only the head submits
			browser.switchUser(head.username(), TestUsers.PASSWORD);
			browser.open(proposal).press("Gửi đề nghị");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã gửi đề nghị.");
			assertThat(browser.text("proposal-status")).isEqualTo("Đã gửi");

			// the office accepts it, records the voting meeting, approves, forwards and records the decision
			browser.switchUser(office.username(), TestUsers.PASSWORD);
			browser.open(proposal).press("Tiếp nhận");
			browser.waitFor("flash");
			assertThat(browser.text("proposal-status")).isEqualTo("Đã tiếp nhận");
			browser.open(list);
			browser.screenshot("commendation-office-list");
			browser.clickLink("Họp xét khen thưởng");
			browser.fill("Ngày họp", "12/12/2024")
				.fill("Chủ trì", "Lò Văn Chủ trì")
				.fill("Thư ký", "Tao Thị Thư ký")
				.fill("Số thành viên có mặt", "9")
				.fill("Tổng số thành viên", "11")
				.fill("Ngưỡng đồng ý (%)", "50")
				.fill("Số phiếu đồng ý cho Lò Thị Mai", "8");
			browser.screenshot("commendation-meeting");
			browser.press("Lưu kết quả họp");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã ghi nhận cuộc họp xét khen thưởng.");

			browser.open(proposal);
			assertThat(browser.text("vote-share"))
				.isEqualTo("8/9 thành viên có mặt (tổng số 11) đồng ý = 88,9% (ngưỡng 50%): đạt");
			browser.press("Duyệt (theo kết quả họp xét)");
			browser.waitFor("flash");
			assertThat(browser.text("proposal-status")).isEqualTo("Đã duyệt");

			// the office downloads the dossier for the deciding level: every part the award form names is in the ZIP
			browser.open(list).clickLink("Toàn bộ hồ sơ (ZIP)");
			Path pack = browser.downloaded("Ho-so-de-nghi-khen-thuong-gui-Chu-tich-Uy-ban-nhan-dan-cap-huyen.zip");
			assertThat(zipEntries(pack)).containsExactly("00-Danh-muc-ho-so.docx",
					"01-To-trinh-de-nghi-khen-thuong.docx", "02-Bien-ban-hop-xet-khen-thuong.docx",
					"03-Bao-cao-thanh-tich/01-Lo-Thi-Mai.docx");

			browser.open(proposal).press("Trình cấp quyết định");
			browser.waitFor("flash");
			assertThat(browser.text("proposal-status")).isEqualTo("Đã trình cấp quyết định");
			browser.fill("Số quyết định", "125/QĐ-UBND")
				.fill("Ngày quyết định", "15/01/2025")
				.fill("Cơ quan, người ký quyết định", "Chủ tịch UBND huyện Tam Đường");
			browser.press("Ghi nhận quyết định");
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã ghi nhận quyết định khen thưởng.");
			assertThat(browser.text("decision"))
				.isEqualTo("Số 125/QĐ-UBND ngày 15/01/2025 của Chủ tịch UBND huyện Tam Đường");
			assertThat(browser.text("proposal-history")).contains("Nháp", "Đã gửi", "Đã tiếp nhận", "Đã duyệt",
					"Đã trình cấp quyết định", "Đã có quyết định khen thưởng");
			assertThat(browser.text("cited-exemplars")).contains("Cổng trường an toàn giao thông");

			// the list shows it decided
			browser.scrollTo(browser.driver().findElement(By.linkText("Quay lại danh sách đề nghị"))).click();
			WebElement row = browser.driver().findElement(By.xpath(
					"//table[@data-testid='proposals']//tr[.//a[normalize-space(.)='Lò Thị Mai']]"));
			assertThat(row.getText()).contains(ban.banBo().name(), "Đã có quyết định khen thưởng");
			browser.screenshot("commendation-decided");
		}
	}

	private static List<String> zipEntries(Path zip) {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return names;
	}
}
