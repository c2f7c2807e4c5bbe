package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dashboard printed by headless Chromium on A4 portrait with the print stylesheet: the PDF's pages carry the
 * committee, the campaign, the period and "Số liệu đến ngày", no navigation, and every section; the pages are kept as
 * PNG under target/dashboard-print/ to be looked at.
 */
@ThiDuaIntegrationTest
class DashboardPrintTests {

	@Autowired
	DashboardFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theDashboardPrintsOnA4PortraitWithItsHeaderAndWithoutNavigation() throws Exception {
		DashboardFixture.Story story = fixture.story();
		CurrentUser leader = users.leader();
		Path out = Path.of("target", "dashboard-print");
		Files.createDirectories(out);
		Path pdf = out.resolve("dashboard.pdf");
		try (Browser browser = new Browser(port)) {
			browser.signIn(leader.username(), TestUsers.PASSWORD);
			clock.setInstant(MonitoringFixture.at(10, 10, 12, 0));
			browser.open(story.dashboard() + "?kind=QUARTER&month=2024-08").waitFor("goal-checks");
			PrintOptions options = new PrintOptions();
			options.setPageSize(new PageSize(29.7, 21.0));
			options.setOrientation(PrintOptions.Orientation.PORTRAIT);
			options.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
			options.setBackground(true);
			String base64 = ((PrintsPage) browser.driver()).print(options).getContent();
			Files.write(pdf, Base64.getDecoder().decode(base64));
		}
		String text = LibreOffice.pdfText(pdf);
		List<String> pages = LibreOffice.pages(text);
		String first = LibreOffice.squeezed(pages.get(0));
		assertThat(first).contains(LibreOffice.squeezed("Số liệu đến ngày 10/10/2024"))
			.contains(LibreOffice.squeezed("Kỳ: Quý III/2024")).contains(story.m().planNumber());
		assertThat(first.toUpperCase()).contains(LibreOffice.squeezed("BAN ATGT HUYỆN THEO DÕI"));
		assertThat(text).doesNotContain("Đăng xuất").doesNotContain("Xem theo");
		String all = LibreOffice.squeezed(text);
		for (String sentence : List.of("Mục tiêu của phong trào", "Số buổi tuyên truyền: 90 / 150 buổi",
				"Số đơn vị chậm: 2", "Đơn vị cần quan tâm (3)", "giảm 1 vụ (-11,1%)")) {
			assertThat(all).contains(LibreOffice.squeezed(sentence));
		}
		assertThat(pages.size()).isBetween(1, 4);
		Process png = new ProcessBuilder("pdftoppm", "-png", "-r", "50", pdf.toString(),
				out.resolve("page").toString()).inheritIO().start();
		assertThat(png.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.exists(out.resolve("page-1.png"))).isTrue();
		String info = new String(new ProcessBuilder("pdfinfo", pdf.toString()).start().getInputStream().readAllBytes());
		assertThat(info).containsPattern("Page size:\\s+(595|596)(\\.\\d+)? x (841|842)(\\.\\d+)? pts");
	}
}
