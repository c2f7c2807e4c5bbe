package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
 * Every page is visited by every role that reaches it, but axe runs on a page only when it shows a kind of element
 * (tag, classes, test id, role, type and ARIA attributes, numbers aside) that no page of the same address pattern
 * checked so far showed, e.g. a campaign tab the administrator and the standing office see alike, or a report in a
 * state already seen, is loaded but not checked again: every pattern and every kind of element on it is checked at
 * least once, in about a third of the checks. One browser serves the whole run, each role signing in in turn.
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
		Map<String, Set<String>> checkedKinds = new HashMap<>();
		try (Browser browser = new Browser(port)) {
			Axe.preload(browser);
			browser.open("/login");
			audit.check(browser, "anonymous", "sign-in");
			browser.fill("Tên đăng nhập", "admin").fill("Mật khẩu", "sai-mat-khau").click("Đăng nhập");
			audit.check(browser, "anonymous", "sign-in refused");
			browser.signIn("admin", PASSWORD).open("/khong-co-trang-nay");
			audit.check(browser, "admin", "not found");
			for (String account : ACCOUNTS) {
				browser.switchUser(account, PASSWORD);
				crawl(browser, account, audit, checkedKinds);
			}
			// the province's pages (issue 18), which the accounts above reach only empty: its office's roll-up and queue
			// of what the communes sent upward, and the sending commune's lists; a few pages under each, not a crawl
			for (String[] visit : PROVINCE_VISITS) {
				browser.switchUser(visit[0], PASSWORD);
				for (int i = 1; i < visit.length; i++) {
					checkUnder(browser, visit[0], visit[i], audit);
				}
			}
		}
		audit.print((System.nanoTime() - started) / 1_000_000_000.0, checkedKinds.size());
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

	/**
	 * Visits every page reachable from the home page by links, one per address pattern, and checks it unless every
	 * kind of element it shows was on a page of its pattern checked before ({@code checkedKinds}, by pattern).
	 */
	private static void crawl(Browser browser, String account, Audit audit, Map<String, Set<String>> checkedKinds) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		seen.add(pattern("/"));
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
			String address = queue.poll();
			browser.open(address);
			visited++;
			audit.loaded++;
			Page page = Page.read(browser);
			String landedPattern = pattern(page.path());
			if (!landedPattern.equals(pattern(address)) && !seen.add(landedPattern)) {
				continue;
			}
			Set<String> checked = checkedKinds.computeIfAbsent(landedPattern, p -> new HashSet<>());
			// the first page of each pattern is always checked
			if (!checked.isEmpty() && checked.containsAll(page.kinds())) {
				audit.alike++;
			}
			else {
				audit.check(browser, account, page.path());
				checked.addAll(page.kinds());
			}
			for (String link : page.links()) {
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
		return (List<String>) browser.script("return " + LINKS + ";");
	}

	/** The same-origin links of the page that are not downloads, as path and query. */
	private static final String LINKS = """
			Array.from(document.querySelectorAll('a[href]'))
			  .filter(function (a) { return a.origin === location.origin && !a.hasAttribute('download'); })
			  .map(function (a) { return a.pathname + a.search; })""";

	/**
	 * What the crawl reads of a loaded page in one call: where it landed, the kinds of element it shows (each
	 * element's tag, classes, test id, role, type and ARIA attributes, numbers dropped) and its links.
	 */
	private record Page(String path, List<String> kinds, List<String> links) {

		@SuppressWarnings("unchecked")
		static Page read(Browser browser) {
			Map<String, List<String>> read = (Map<String, List<String>>) browser.script("""
					var kinds = new Set();
					document.querySelectorAll('body *').forEach(function (e) {
					  var aria = Array.from(e.attributes).filter(function (a) { return a.name.indexOf('aria-') === 0; })
					    .map(function (a) { return a.name + '=' + a.value; }).sort().join(',');
					  kinds.add((e.tagName + '.' + Array.from(e.classList).sort().join('.') + '#'
					    + (e.getAttribute('data-testid') || '') + '@' + (e.getAttribute('role') || '') + ':'
					    + (e.getAttribute('type') || '') + '[' + aria + ']').replace(/[0-9]+/g, ''));
					});
					return { path: [location.pathname + location.search], kinds: Array.from(kinds), links: %s };
					""".formatted(LINKS));
			return new Page(read.get("path").get(0), read.get("kinds"), read.get("links"));
		}
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

		int loaded;

		long injectMs;

		long runMs;

		/** Pages where the preloaded axe-core was missing and had to be handed over. */
		int handedOver;

		final Map<String, Integer> counts = new TreeMap<>();

		final Map<String, Integer> nodes = new TreeMap<>();

		final List<String> blocking = new ArrayList<>();

		final List<String> lines = new ArrayList<>();

		void check(Browser browser, String account, String page) {
			long start = System.nanoTime();
			if (Axe.inject(browser.driver())) {
				handedOver++;
			}
			long injected = System.nanoTime();
			List<Violation> violations = Axe.run(browser.driver());
			long ms = (System.nanoTime() - start) / 1_000_000;
			injectMs += (injected - start) / 1_000_000;
			runMs += (System.nanoTime() - injected) / 1_000_000;
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

		void print(double seconds, int patterns) {
			StringBuilder out = new StringBuilder("\n== axe-core: ").append(pages).append(" pages checked in ")
				.append(String.format("%.0f", seconds)).append(" s (").append(patterns).append(" address patterns, ")
				.append(loaded).append(" pages loaded by the crawl, ").append(alike)
				.append(" of them with no kind of element not checked before; axe found or injected in ")
				.append(injectMs)
				.append(" ms (handed over on ").append(handedOver).append(" pages)")
				.append(", run in ").append(runMs).append(" ms; ").append(Browser.started())
				.append(" browser(s) started); violations (rule × page) and nodes per impact:");
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
