package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Journey 5 in a real browser: on the afternoon of 21/08/2024 the clerk opens the monitoring tab, reads July in the
 * matrix, goes to the late units, picks July, selects Bản Bo and Nà Tăm, sends the urging notice, then downloads the
 * urging letter for them; Bản Bo's officer finds the notice in her notifications.
 */
@ThiDuaIntegrationTest
class MonitoringBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theClerkUrgesTheLateUnitsAndDownloadsTheUrgingLetter() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m.police());
		Team banBo = fixture.team(m.banBo());
		fixture.team(m.naTam());
		fixture.report(m, police, 7).submittedOn(19, 8).accepted();
		clock.setInstant(MonitoringFixture.at(21, 8, 14, 0));
		CurrentUser clerk = users.office();
		Long july = m.month(7).id();

		try (Browser browser = new Browser(port)) {
			browser.signIn(clerk.username(), TestUsers.PASSWORD);
			browser.open("/campaigns/" + m.campaignId()).clickLink("Theo dõi, đôn đốc");
			browser.waitForPath(m.matrixPage());
			assertThat(browser.text("total-" + july)).contains("Đã gửi 1/4", "Tỷ lệ 25 %", "3 quá hạn chưa gửi");
			assertThat(browser.text("cell-" + m.banBo().id() + "-" + july)).isEqualTo("Chưa thực hiện\nquá hạn 1 ngày");
			browser.screenshot("monitoring-matrix");

			browser.clickLink("Đơn vị chậm");
			browser.waitForPath(m.latePage());
			browser.select("Nội dung", "Báo cáo Tháng 7/2024");
			browser.waitForPath(m.latePage() + "?item=" + july);
			assertThat(browser.text("late-count")).isEqualTo("3 đơn vị có nội dung quá hạn");
			tick(browser, m.banBo().name(), m.naTam().name());
			browser.screenshot("monitoring-late");
			browser.confirm("Gửi nhắc nhở");
			assertThat(browser.text("flash")).isEqualTo("Đã gửi nhắc nhở tới 2 đơn vị (4 người nhận thông báo).");
			assertThat(browser.text("urged-" + m.banBo().id())).isEqualTo("21/08/2024 14:00");
			assertThat(browser.text("urged-" + m.education().id())).isEqualTo("Chưa đôn đốc");

			tick(browser, m.banBo().name(), m.naTam().name());
			browser.press("Tải công văn đôn đốc");
			Path letter = browser.downloaded("Cong-van-don-doc-Tháng-7-2024.docx");
			try (InputStream in = Files.newInputStream(letter); XWPFDocument docx = new XWPFDocument(in);
					XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
				assertThat(text.getText())
					.contains("V/v đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024", m.banBo().name(),
							m.naTam().name(), "PHÓ TRƯỞNG BAN THƯỜNG TRỰC")
					.doesNotContain(m.education().name());
			}
			assertThat(browser.currentPath()).isEqualTo(m.latePage() + "?item=" + july);

			browser.switchUser(banBo.officer().username(), TestUsers.PASSWORD);
			assertThat(browser.text("unread-count")).isEqualTo("1");
			browser.open("/notifications");
			assertThat(browser.text("notification-list")).contains("Cơ quan thường trực đề nghị đơn vị khẩn trương gửi "
					+ "báo cáo kết quả Tháng 7/2024 (hạn nộp 20/08/2024, đã quá hạn 1 ngày)");
		}
	}

	/** Ticks the units' boxes on the late list, each brought into view first. */
	private static void tick(Browser browser, String... unitNames) {
		for (String name : unitNames) {
			browser.scrollTo(browser.field("Chọn " + name));
			browser.check("Chọn " + name);
		}
	}
}
