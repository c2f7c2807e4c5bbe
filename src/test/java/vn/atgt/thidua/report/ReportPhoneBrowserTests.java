package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.PhoneChecks;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The report form on a 360 × 800 phone (issue 13): the officer opens the July report, which fits the screen (one
 * column, no sideways scrolling, fields and buttons at least 44 px tall), takes a photo for an entry with the
 * camera input ({@code accept="image/*" capture}) and saves the draft; the photo is there.
 */
@ThiDuaIntegrationTest
class ReportPhoneBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportFixture fixture;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theOfficerFillsTheReportOnAPhoneAndAttachesAPhotoFromTheCamera() throws IOException {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Path photo = Files.createTempDirectory("minh-chung").resolve("anh-chup.png");
		Files.write(photo, ReportFixture.png(640, 480));
		clock.setInstant(ReportFixture.at(15, 8, 8, 30));

		try (Browser phone = new Browser(port, 360, 800)) {
			phone.signIn(police.officer().username(), TestUsers.PASSWORD);
			phone.open(m.reportsPage());
			assertThat(PhoneChecks.overflow(phone)).isNull();
			// a tap: the button brought into view, then activated (Enter: a mouse click on the emulated phone did not
			// always reach the button inside the scrolled table box)
			phone.scrollTo(phone.driver().findElement(By.cssSelector("[data-testid='period-" + m.month(7).id() + "'] button")))
				.sendKeys(Keys.ENTER);
			phone.waitFor("report-title");
			assertThat(PhoneChecks.overflow(phone)).isNull();
			assertThat(PhoneChecks.smallTapTargets(phone)).isEmpty();
			phone.screenshot("phone-report-form");
			phone.fill("Kết quả kỳ này (lượt) — " + CHECKS, "420");
			assertThat(phone.field("Chụp ảnh minh chứng — " + CHECKS).getAttribute("accept")).isEqualTo("image/*");
			assertThat(phone.field("Chụp ảnh minh chứng — " + CHECKS).getAttribute("capture")).isEqualTo("environment");
			phone.field("Chụp ảnh minh chứng — " + CHECKS).sendKeys(photo.toAbsolutePath().toString());
			phone.scrollTo(phone.driver().findElement(By.xpath("//button[normalize-space(.)='Lưu nháp']"))).sendKeys(Keys.ENTER);
			phone.waitFor("flash");
			assertThat(phone.text("flash")).isEqualTo("Đã lưu báo cáo.");
			assertThat(phone.all("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).hasSize(1);
			assertThat(PhoneChecks.overflow(phone)).isNull();
			phone.screenshot("phone-report-saved");
		}
	}
}
