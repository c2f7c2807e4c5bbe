package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.PhoneChecks;

/**
 * The unit's screens on a phone (issue 13), in headless Chromium 360 × 800 on the demo data: the commune officer's
 * journey (home, the returned registration, a target's form, the notifications) and the police officer's (the
 * reports, a report, the accident figures; report.ReportPhoneBrowserTests fills a report on a phone) and the office's wide pages (review queue, a report, an accident month, the campaign's
 * units, the matrix) never scroll sideways: wide tables scroll inside their own box or become cards. On the unit's
 * pages every button and field is at least 44 px tall (a finger's tap target). Screenshots go to target/screenshots.
 */
@DemoDataTest
class PhoneLayoutBrowserTests {

	static final int PHONE = 360;

	@LocalServerPort
	int port;

	@Test
	void theUnitsPagesAndTheOfficesWidePagesFitA360PxPhone() {
		List<String> overflowing = new ArrayList<>();
		List<String> smallTargets = new ArrayList<>();
		try (Browser phone = new Browser(port, PHONE, 800)) {
			phone.signIn("xabanbo", "demo1234");
			assertThat(phone.script("return window.innerWidth")).isEqualTo((long) PHONE);
			String campaign = "/campaigns/" + firstNumber(phone, "/campaigns", "a[href^='/campaigns/']");
			List<String> unitPages = new ArrayList<>(List.of("/", campaign, campaign + "/targets"));
			phone.open(campaign + "/targets");
			unitPages.add(href(phone, "a[href*='/new']"));
			unitPages.addAll(List.of("/notifications", "/notifications/preferences", "/account/profile"));
			for (String page : unitPages) {
				check(phone, page, overflowing);
				smallTargets.addAll(PhoneChecks.smallTapTargets(phone));
			}
			// the police's officer: her reports (the demo's are all sent; ReportPhoneBrowserTests fills one on a phone)
			phone.switchUser("canbocongan", "demo1234");
			phone.open(campaign + "/reports");
			String report = href(phone, "main a[href^='/reports/']");
			for (String page : List.of("/", campaign + "/reports", report, campaign + "/accidents")) {
				check(phone, page, overflowing);
				smallTargets.addAll(PhoneChecks.smallTapTargets(phone));
			}

			phone.switchUser("thuongtruc", "demo1234");
			phone.open(campaign + "/review");
			String reviewed = href(phone, "main a[href^='/reports/']");
			phone.open(campaign + "/accidents");
			String month = href(phone, "main a[href*='/accidents/20']");
			for (String page : List.of(campaign + "/review", reviewed, month, campaign + "/units",
					campaign + "/monitoring", campaign + "/targets", campaign + "/reports")) {
				check(phone, page, overflowing);
			}
		}
		try (Browser desktop = new Browser(port, 1366, 900)) {
			// the same pages on a desktop screen, to look at (target/screenshots/desktop-*.png)
			desktop.signIn("thuongtruc", "demo1234");
			String campaign = "/campaigns/" + firstNumber(desktop, "/campaigns", "a[href^='/campaigns/']:not([href$='/new'])");
			for (String page : List.of("/", campaign + "/review", campaign + "/monitoring", "/notifications")) {
				desktop.open(page).fullScreenshot("desktop" + page.replaceAll("[^a-z0-9]+", "-"));
			}
		}
		System.out.println("\n== page weight (HTML + CSS + JS of a first load)\n  " + String.join("\n  ", WEIGHTS));
		assertThat(overflowing).as("pages that scroll sideways at 360 px").isEmpty();
		assertThat(HEAVY).as("pages over 200 KB compressed").isEmpty();
		assertThat(smallTargets).as("tap targets under 44 px on the unit's pages").isEmpty();
	}

	/** Compressed and plain bytes of the last page's first load: its HTML, style sheets and scripts. */
	static final List<String> WEIGHTS = new ArrayList<>();

	static final List<String> HEAVY = new ArrayList<>();

	/** Issue 13: the first load of a page under 200 KB compressed, for a phone on a poor connection. */
	static final int MAX_COMPRESSED_BYTES = 200 * 1024;

	static void check(Browser phone, String page, List<String> overflowing) {
		phone.open(page);
		@SuppressWarnings("unchecked")
		List<Number> weight = (List<Number>) phone.script("""
				var n = performance.getEntriesByType('navigation')[0], compressed = n.encodedBodySize, plain = n.decodedBodySize;
				performance.getEntriesByType('resource').forEach(function (r) {
				  if (/[.](css|js)([?]|$)/.test(r.name)) { compressed += r.encodedBodySize; plain += r.decodedBodySize; }
				});
				return [compressed, plain];
				""");
		WEIGHTS.add(String.format("%-50s %,9d B compressed %,9d B plain", page, weight.get(0).longValue(),
				weight.get(1).longValue()));
		if (weight.get(0).longValue() > MAX_COMPRESSED_BYTES) {
			HEAVY.add(page + " " + weight.get(0));
		}
		String overflow = PhoneChecks.overflow(phone);
		if (overflow != null) {
			overflowing.add(overflow);
		}
		phone.fullScreenshot("phone" + page.replaceAll("[^a-z0-9]+", "-"));
	}

	private static String href(Browser phone, String css) {
		String href = phone.driver().findElement(By.cssSelector(css)).getAttribute("href");
		return href.substring(phone.base().length());
	}

	private static String firstNumber(Browser phone, String page, String css) {
		phone.open(page);
		return href(phone, css).replaceAll("^/campaigns/(\\d+).*$", "$1");
	}
}
