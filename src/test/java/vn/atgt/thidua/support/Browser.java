package vn.atgt.thidua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, with helpers that find fields
 * the way a user does: by their label.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** Chromium processes started in this JVM (printed by the longest browser test, to see what a change saves). */
	private static final AtomicInteger STARTED = new AtomicInteger();

	private final WebDriver driver;
	private final String base;
	private final Path downloads;

	public Browser(int port) {
		this(port, 1280, 1000);
	}

	/** A browser whose window is {@code width} × {@code height} CSS pixels (360 × 800: a phone). */
	public Browser(int port, int width, int height) {
		this.base = "http://localhost:" + port;
		this.downloads = tempDirectory("chromium-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--lang=vi-VN", "--user-data-dir=" + tempDirectory("chromium-profile"));
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		STARTED.incrementAndGet();
		if (width < 500) {
			// headless Chromium's window is at least 500 px wide: a phone's viewport is emulated instead
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
		}
		this.driver = chrome;
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
	}

	/** How many browsers this JVM has started so far. */
	public static int started() {
		return STARTED.get();
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser signIn(String username, String password) {
		open("/login");
		fill("Tên đăng nhập", username);
		fill("Mật khẩu", password);
		click("Đăng nhập");
		// the sign-in's redirect must land before the next open(), or that page is asked for without the session
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !"/login".equals(currentPath()));
		return this;
	}

	/** Types into the input whose label reads {@code label} (exactly, ignoring surrounding spaces). */
	public Browser fill(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	public Browser select(String label, String visibleText) {
		new Select(field(label)).selectByVisibleText(visibleText);
		return this;
	}

	public Browser check(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	public WebElement field(String label) {
		WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
		return driver.findElement(By.id(labelElement.getAttribute("for")));
	}

	/** Clicks the button (or submit input) whose text is {@code text}. */
	public Browser click(String text) {
		driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "] | //input[@type='submit' and @value="
				+ literal(text) + "]")).click();
		return this;
	}

	/** Signs the current user out (forgets the session) and signs another in. */
	public Browser switchUser(String username, String password) {
		driver.manage().deleteAllCookies();
		return signIn(username, password);
	}

	/** Clicks the button whose text is {@code text}, brought into view at once first (Bootstrap scrolls smoothly). */
	public Browser press(String text) {
		WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
		scrollTo(button);
		button.click();
		return this;
	}

	/** Clicks a button that asks for confirmation, confirms, and waits for the flash message of the next page. */
	public Browser confirm(String text) {
		press(text);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		return waitFor("flash");
	}

	/** Brings an element into view at once. */
	public WebElement scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		return element;
	}

	public Browser clickLink(String text) {
		driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(text) + "]")).click();
		return this;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String text(String testId) {
		return driver.findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
	}

	/**
	 * Waits until the element shows {@code expected} (the page after a form's submission may still be the one before,
	 * whose element then goes stale under a read), and fails with what it shows instead.
	 */
	public Browser waitForText(String testId, String expected) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
				.until(d -> d.findElements(By.cssSelector("[data-testid='" + testId + "']")).stream()
					.anyMatch(e -> expected.equals(e.getText())));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError(testId + " never showed \"" + expected + "\" on " + currentPath() + ": "
					+ driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).stream()
						.map(WebElement::getText).toList(), e);
		}
		return this;
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(base.length());
	}

	/** Waits until the browser has arrived at {@code path} (a click's redirect may still be under way). */
	public Browser waitForPath(String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path.equals(currentPath()));
		return this;
	}

	public Browser waitFor(String testId) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20))
				.until(d -> !d.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException e) {
			screenshot("timeout-" + testId);
			String body = text();
			throw new AssertionError("no " + testId + " on " + currentPath() + ": "
					+ body.substring(0, Math.min(body.length(), 400)), e);
		}
		return this;
	}

	/** Runs a script in the page (through the driver, which the page's CSP does not govern) and returns its value. */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public String base() {
		return base;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves a screenshot under target/screenshots (to look at a page). */
	public Path screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target/screenshots"));
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Saves a screenshot of the whole page (at most 4000 px tall) under target/screenshots. */
	@SuppressWarnings("unchecked")
	public Path fullScreenshot(String name) {
		Map<String, Object> size = (Map<String, Object>) script(
				"return { w: window.innerWidth, h: Math.min(document.scrollingElement.scrollHeight, 4000) };");
		Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("w"), "height",
						size.get("h"), "scale", 1)));
		try {
			Path file = Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png");
			Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

	/**
	 * Waits until the browser has finished downloading a file of that name (a form's download keeps the page) and
	 * returns it.
	 */
	public Path downloaded(String fileName) {
		Path file = downloads.resolve(fileName);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Files.isRegularFile(file)
				&& !Files.exists(downloads.resolve(fileName + ".crdownload")));
		return file;
	}

	private static Path tempDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}
}
