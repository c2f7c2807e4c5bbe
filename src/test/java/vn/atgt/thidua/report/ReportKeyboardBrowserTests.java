package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The report loop with the keyboard alone (issue 13): the officer signs in, opens the July report, fills every
 * entry (typing into the fields, choosing the milestone's option by typing it), attaches a photo and saves the draft; the head sends it; the office accepts it from the review queue. Every step
 * moves the focus with Tab only (never a click) and acts with Enter; every control the focus lands on shows it (an
 * outline or Bootstrap's focus ring). The confirmation dialog is answered by the driver, as Enter would; the file
 * chooser, which the browser draws, is given the file by the driver once the focus is on the file input.
 */
@ThiDuaIntegrationTest
class ReportKeyboardBrowserTests {

	/** More Tab presses than any page here needs to reach its last control. */
	static final int MAX_TABS = 250;

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
	void theOfficerFillsAndSavesTheReportTheHeadSendsItAndTheOfficeAcceptsItWithTheKeyboardAlone() throws IOException {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Long july = m.month(7).id();
		Path photo = Files.createTempDirectory("minh-chung").resolve("chot-kiem-tra.png");
		Files.write(photo, ReportFixture.png(640, 480));
		clock.setInstant(ReportFixture.at(15, 8, 8, 30));
		List<String> unfocusable = new ArrayList<>();

		try (Browser browser = new Browser(port)) {
			signIn(browser, police.officer(), unfocusable);
			browser.open(m.reportsPage());
			tabTo(browser, "e.textContent.trim() === 'Lập báo cáo' && e.closest('[data-testid=\"period-" + july + "\"]')",
					unfocusable).sendKeys(Keys.ENTER);
			browser.waitFor("report-title");
			// every entry's result in page order (a report is sent only complete), and a photo for the checks
			Map<String, String> typed = Map.of("value-" + police.target(CHECKS), "420",
					"value-" + police.target(ALCOHOL), "37", "value-" + police.target(ACCIDENTS), "1",
					"value-" + police.target(PLEDGES), "95,5", "done-" + police.target(MILESTONE), "Chưa hoàn thành",
					"evidence-" + police.target(CHECKS), photo.toAbsolutePath().toString());
			@SuppressWarnings("unchecked")
			List<String> order = (List<String>) browser.script("""
					return Array.from(document.querySelectorAll('input, select'))
					  .map(function (e) { return e.id; }).filter(function (id) { return id; });
					""");
			for (String id : order.stream().filter(typed::containsKey).toList()) {
				tabTo(browser, "e.id === '" + id + "'", unfocusable).sendKeys(typed.get(id));
			}
			tabTo(browser, "e.textContent.trim() === 'Lưu nháp'", unfocusable).sendKeys(Keys.ENTER);
			browser.waitFor("flash");
			assertThat(browser.text("flash")).isEqualTo("Đã lưu báo cáo.");
			assertThat(browser.text("progress-" + police.target(CHECKS))).contains("Lũy kế: 420 / 4.000 lượt");
			assertThat(browser.all("[data-testid='entry-" + police.target(CHECKS) + "'] img.thumb")).hasSize(1);
			String report = browser.currentPath();

			clock.setInstant(ReportFixture.at(19, 8, 9, 0));
			browser.driver().manage().deleteAllCookies();
			signIn(browser, police.head(), unfocusable);
			browser.open(report);
			tabTo(browser, "e.textContent.trim() === 'Gửi báo cáo'", unfocusable).sendKeys(Keys.ENTER);
			confirm(browser);
			assertThat(browser.text("report-status")).isEqualTo("Đã gửi");

			clock.setInstant(ReportFixture.at(21, 8, 8, 0));
			browser.driver().manage().deleteAllCookies();
			signIn(browser, m.office(), unfocusable);
			browser.open(m.reviewPage());
			tabTo(browser, "e.textContent.trim() === 'Tiếp nhận'", unfocusable).sendKeys(Keys.ENTER);
			confirm(browser);
			assertThat(browser.text("flash")).startsWith("Đã tiếp nhận báo cáo " + m.month(7).name());
		}
		assertThat(unfocusable).as("controls the focus reached without showing it").isEmpty();
	}

	private static void signIn(Browser browser, CurrentUser user, List<String> unfocusable) {
		browser.open("/login");
		tabTo(browser, "e.id === 'username'", unfocusable).sendKeys(user.username());
		tabTo(browser, "e.id === 'password'", unfocusable).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.currentPath().startsWith("/login"));
	}

	/**
	 * Presses Tab from the current focus until the focused element satisfies {@code condition} (JavaScript on
	 * {@code e}); notes every control passed on the way that shows no focus.
	 */
	private static WebElement tabTo(Browser browser, String condition, List<String> unfocusable) {
		for (int i = 0; i <= MAX_TABS; i++) {
			@SuppressWarnings("unchecked")
			Map<String, Object> state = (Map<String, Object>) browser.script("""
					var e = document.activeElement, s = getComputedStyle(e);
					var shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
					return { match: !!(%s), shown: shown, name: e.tagName + ' ' + (e.id || e.textContent.trim().slice(0, 40)) };
					""".formatted(condition));
			// the document itself (focus passing through the page between its last and first control, or a page still
			// loading) is no control that should show focus
			if (i > 0 && !Boolean.TRUE.equals(state.get("shown")) && !String.valueOf(state.get("name")).startsWith("BODY")) {
				unfocusable.add(browser.currentPath() + " " + state.get("name"));
			}
			if (Boolean.TRUE.equals(state.get("match"))) {
				return browser.driver().switchTo().activeElement();
			}
			// to the page, not to the element: a file input takes an element's keys for a file name
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached " + condition + " on " + browser.currentPath());
	}

	private static void confirm(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		browser.waitFor("flash");
	}
}
