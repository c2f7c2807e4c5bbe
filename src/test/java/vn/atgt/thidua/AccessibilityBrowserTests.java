package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.support.Axe;
import vn.atgt.thidua.support.Axe.Violation;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * WCAG 2.1 AA, checked with axe-core in headless Chromium on the demo data (issue 13): for each role's demo account
 * the test starts at the home page and follows every link of every page it reaches (the navigation, the campaign's
 * tabs, the lists' rows, the forms' "new" and "edit" links), one page per address pattern ({@code /reports/7} and
 * {@code /reports/8} are one page), and runs axe on each. Any serious or critical violation fails the build; the
 * moderate and minor ones are counted and printed. Downloads, files and the sign-out are not pages and are skipped.
 * A page whose markup has the same shape (the same elements with the same classes and test ids, numbers aside) as
 * one already checked for another role, e.g. a campaign tab the administrator and the standing office see alike, is
 * loaded but not checked again, which keeps the run within two minutes.
 */
@DemoDataTest
class AccessibilityBrowserTests {

	/**
	 * One demo account per role: administrator, standing office, leader, the police's head and officer (whose
	 * reports are in every state, one returned and open for editing), a commune's officer and head.
	 */
	static final List<String> ACCOUNTS = List.of("admin", "thuongtruc", "lanhdao", "conganhuyen", "canbocongan",
			"xabanbo", "chutichbanbo");

	/**
	 * A report reads differently in each state (a form while a draft or returned): up to {@link #INSTANCES} of them
	 * are visited per role (all of a unit's), not only the first.
	 */
	private static final Pattern EVERY_INSTANCE = Pattern.compile("^/reports/\\d+$");

	private static final int INSTANCES = 6;

	static final String PASSWORD = "demo1234";

	/** Links that are not pages: files, downloads, generated documents, the language switch. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"/logout|/export|/template|/evidence/|/files/|/thumbnail|/documents/|/assets/|/actuator|[?&]lang=");

	private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern MONTH = Pattern.compile("/\\d{4}-\\d{2}(?=/|$)");

	/** Enough for every page of the demo, few enough that a runaway crawl ends. */
	private static final int MAX_PAGES_PER_ROLE = 160;

	@LocalServerPort
	int port;

	@Test
	void everyPageOfEveryRoleHasNoSeriousOrCriticalViolation() {
		long started = System.nanoTime();
		Audit audit = new Audit();
		Set<String> shapes = new java.util.HashSet<>();
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			audit.check(browser, "anonymous", "sign-in");
			browser.fill("Tên đăng nhập", "admin").fill("Mật khẩu", "sai-mat-khau").click("Đăng nhập");
			audit.check(browser, "anonymous", "sign-in refused");
			browser.signIn("admin", PASSWORD).open("/khong-co-trang-nay");
			audit.check(browser, "admin", "not found");
		}
		for (String account : ACCOUNTS) {
			try (Browser browser = new Browser(port)) {
				browser.signIn(account, PASSWORD);
				crawl(browser, account, audit, shapes);
			}
		}
		// the province's pages (issue 18), which the accounts above reach only empty: its office's roll-up and queue of
		// what the communes sent upward, and the sending commune's lists; a few pages under each, not a whole crawl
		for (String[] visit : PROVINCE_VISITS) {
			try (Browser browser = new Browser(port)) {
				browser.signIn(visit[0], PASSWORD);
				for (int i = 1; i < visit.length; i++) {
					checkUnder(browser, visit[0], visit[i], audit);
				}
			}
		}
		audit.print((System.nanoTime() - started) / 1_000_000_000.0);
		assertThat(audit.pages).as("pages checked").isGreaterThan(60);
		assertThat(audit.blocking()).as("serious or critical axe violations").isEmpty();
	}

	/** Account, then the pages whose links (up to three under each) are checked. */
	private static final List<String[]> PROVINCE_VISITS = List.of(
			new String[] { "thuongtructinh", "/rollup", "/submissions" },
			new String[] { "thuongtrucbanbo", "/submissions/sent" });

	/** Checks the page and up to three pages it links to under its own address. */
	private static void checkUnder(Browser browser, String account, String start, Audit audit) {
		browser.open(start);
		audit.check(browser, account, start);
		List<String> under = links(browser).stream()
			.filter(link -> link.startsWith(start + "/") || link.startsWith("/submissions/") && !link.endsWith("/zip"))
			.filter(link -> !NOT_A_PAGE.matcher(link).find())
			.distinct()
			.limit(3)
			.toList();
		for (String link : under) {
			browser.open(link);
			audit.check(browser, account, link);
		}
	}

	/** Visits every page reachable from the home page by links, one per address pattern. */
	private static void crawl(Browser browser, String account, Audit audit, Set<String> shapes) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		seen.add(pattern("/"));
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
			String address = queue.poll();
			browser.open(address);
			visited++;
			String landed = browser.currentPath();
			String landedPattern = pattern(landed);
			if (!landedPattern.equals(pattern(address)) && !seen.add(landedPattern)) {
				continue;
			}
			if (shapes.add(landedPattern + " " + shape(browser))) {
				audit.check(browser, account, landed);
			}
			else {
				audit.alike++;
			}
			for (String link : links(browser)) {
				String key = EVERY_INSTANCE.matcher(link).matches()
						&& seen.stream().filter(k -> EVERY_INSTANCE.matcher(k).matches()).count() < INSTANCES ? link
								: pattern(link);
				if (!NOT_A_PAGE.matcher(link).find() && seen.add(key)) {
					queue.add(link);
				}
			}
		}
		assertThat(queue).as("pages of %s left unchecked past %d", account, MAX_PAGES_PER_ROLE).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static List<String> links(Browser browser) {
		return (List<String>) browser.script("""
				return Array.from(document.querySelectorAll('a[href]'))
				  .filter(function (a) { return a.origin === location.origin && !a.hasAttribute('download'); })
				  .map(function (a) { return a.pathname + a.search; });
				""");
	}

	/** The markup's shape: every distinct element with its classes, test id and role, numbers dropped. */
	private static String shape(Browser browser) {
		return String.valueOf(browser.script("""
				var seen = new Set();
				document.querySelectorAll('body *').forEach(function (e) {
				  seen.add((e.tagName + '.' + Array.from(e.classList).sort().join('.') + '#'
				    + (e.getAttribute('data-testid') || '') + '@' + (e.getAttribute('role') || '')).replace(/[0-9]+/g, ''));
				});
				return Array.from(seen).sort().join(' ');
				"""));
	}

	/** The address with its numbers and months replaced and its query dropped: one page per pattern. */
	static String pattern(String address) {
		String path = address.replaceFirst("[?#].*$", "");
		return NUMBER.matcher(MONTH.matcher(path).replaceAll("/{month}")).replaceAll("/{n}");
	}

	/** The violations found, page by page. */
	static final class Audit {

		int pages;

		int alike;

		final Map<String, Integer> counts = new TreeMap<>();

		final Map<String, Integer> nodes = new TreeMap<>();

		final List<String> blocking = new ArrayList<>();

		final List<String> lines = new ArrayList<>();

		void check(Browser browser, String account, String page) {
			long start = System.nanoTime();
			List<Violation> violations = Axe.check(browser.driver());
			long ms = (System.nanoTime() - start) / 1_000_000;
			pages++;
			Map<String, Integer> here = new TreeMap<>();
			for (Violation v : violations) {
				counts.merge(v.impact(), 1, Integer::sum);
				nodes.merge(v.impact(), v.nodes().size(), Integer::sum);
				here.merge(v.impact(), v.nodes().size(), Integer::sum);
				if (v.blocking()) {
					blocking.add(account + " " + page + ": " + v.impact() + " " + v.rule() + " (" + v.help() + ")\n      "
							+ String.join("\n      ", v.nodes().stream().limit(5).toList()));
				}
				else {
					lines.add(account + " " + page + ": " + v.impact() + " " + v.rule() + " ×" + v.nodes().size());
				}
			}
			lines.add(0, String.format("%-12s %-60s %5d ms %s", account, page, ms, here));
		}

		List<String> blocking() {
			return blocking;
		}

		void print(double seconds) {
			StringBuilder out = new StringBuilder("\n== axe-core: ").append(pages).append(" pages checked in ")
				.append(String.format("%.0f", seconds)).append(" s (").append(alike).append(" more pages alike for another role not checked again); violations (rule × page) and nodes per impact:");
			for (String impact : Axe.IMPACTS) {
				out.append(' ').append(impact).append(' ').append(counts.getOrDefault(impact, 0)).append(" (")
					.append(nodes.getOrDefault(impact, 0)).append(" nodes)");
			}
			out.append('\n');
			lines.stream().sorted().forEach(l -> out.append("  ").append(l).append('\n'));
			blocking.forEach(b -> out.append("  BLOCKING ").append(b).append('\n'));
			System.out.println(out);
		}
	}
}
