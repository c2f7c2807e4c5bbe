package vn.atgt.thidua.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (src/test/resources/axe, from the npm registry) run on the page a {@link Browser} shows. The script is
 * handed to the page through the WebDriver (or the DevTools protocol, {@link #preload}), which the page's
 * Content-Security-Policy does not govern, so that the application never serves it; a page where axe cannot be
 * injected or does not run fails the test instead of passing unchecked.
 */
public final class Axe {

	private static final String SOURCE = load();

	/** Impacts axe gives, most severe first. */
	public static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			window.axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
			  done({ violations: r.violations.map(function (v) {
			    return { id: v.id, impact: v.impact || 'minor', help: v.help,
			      nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' — ' + (n.failureSummary || ''); }) };
			  }) });
			}, function (e) { done({ error: String(e) }); });
			""";

	private Axe() {
	}

	/** One rule broken on a page: its id, impact, help text and the nodes (selector and why). */
	public record Violation(String rule, String impact, String help, List<String> nodes) {

		public boolean blocking() {
			return "critical".equals(impact) || "serious".equals(impact);
		}
	}

	/** Runs axe on the current page and returns its violations; throws when axe could not be injected or run. */
	public static List<Violation> check(WebDriver driver) {
		inject(driver);
		return run(driver);
	}

	/**
	 * Has the browser evaluate axe-core in every document it loads from now on, before the page's own scripts (Chrome
	 * DevTools' {@code Page.addScriptToEvaluateOnNewDocument}, which no Content-Security-Policy governs either): the
	 * browser compiles the 650 KB once and reuses it, where handing it over for each page costs a few hundred ms.
	 */
	public static void preload(Browser browser) {
		((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", SOURCE));
	}

	/**
	 * Makes sure axe-core is in the current page: {@link #preload preloaded}, or else handed to it now; throws when it
	 * is not there afterwards. Returns whether it had to be handed over.
	 */
	public static boolean inject(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (ready(js)) {
			return false;
		}
		js.executeScript(SOURCE);
		if (!ready(js)) {
			throw new AssertionError("axe-core could not be injected into " + driver.getCurrentUrl());
		}
		return true;
	}

	private static boolean ready(JavascriptExecutor js) {
		return Boolean.TRUE.equals(js.executeScript("return !!(window.axe && typeof window.axe.run === 'function')"));
	}

	/** Runs the axe-core {@link #inject injected} into the current page and returns its violations. */
	@SuppressWarnings("unchecked")
	public static List<Violation> run(WebDriver driver) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(RUN);
		if (result == null || result.get("error") != null || !(result.get("violations") instanceof List)) {
			throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": "
					+ (result == null ? "no result" : result.get("error")));
		}
		return ((List<Map<String, Object>>) result.get("violations")).stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("nodes")))
			.toList();
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
