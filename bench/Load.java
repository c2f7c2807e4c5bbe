import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Simulated users of every role against a running Thi đua ATGT with the demo data (bench/load.sh, db-restart.sh,
 * crash.sh): leaders and administrators read pages, the standing office reads its review queue and returns reports,
 * unit heads and officers open, save and submit their reports with evidence photos, and Bản Bo's chairman saves
 * targets of its registration. Each user has her own session, as a browser would.
 * <p>
 * {@code java bench/Load.java BASE_URL USERS SECONDS LOG_FILE}. Every request is one line of LOG_FILE (time in ms,
 * status or 0 when the server did not answer, method, path); every acknowledgement, i.e. a success page the user was
 * shown after a save, is a line "ACK kind detail", written at once, so that a run cut short by kill -9 still shows
 * what the users were told. At the end it prints the counts; the scripts compare them with the database.
 * A request that gets no answer or an error is not retried: the user goes on with her next step, as a person would
 * after an error page.
 */
public class Load {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	static final Pattern REPORT_LINK = Pattern.compile("href=\"/reports/(\\d+)\"");
	static final Pattern QUICK_RETURN = Pattern.compile(
			"action=\"/reports/(\\d+)/quick-return\">.*?name=\"version\" value=\"(\\d+)\".*?name=\"back\" value=\"([^\"]*)\"",
			Pattern.DOTALL);
	static final Pattern OPEN_PERIOD = Pattern.compile("name=\"periodId\" value=\"(\\d+)\"");
	static final Pattern VALUE_FIELD = Pattern.compile("name=\"values\\[(\\d+)\\]\"");
	static final Pattern DONE_FIELD = Pattern.compile("name=\"done\\[(\\d+)\\]\"");
	static final Pattern VERSION = Pattern.compile("id=\"version\" name=\"version\" value=\"(\\d+)\"");
	static final Pattern NEW_TARGET = Pattern.compile("href=\"(/campaigns/\\d+/targets/units/(\\d+)/new)\\?taskAreaId=(\\d+)&amp;kind=QUANTITATIVE\"");
	static final String SUCCESS = "alert-success";

	static final String[] ACCOUNTS = { "lanhdao", "admin", "thuongtruc", "conganhuyen", "canbocongan", "gddt", "xabanbo",
			"chutichbanbo" };
	static final String[] READ_PAGES = { "/", "/campaigns", "/campaigns/%d", "/campaigns/%d/reports",
			"/campaigns/%d/targets", "/campaigns/%d/accidents", "/campaigns/%d/black-spots", "/notifications",
			"/account/profile" };
	static final String[] OFFICE_PAGES = { "/campaigns/%d/monitoring", "/campaigns/%d/monitoring/late",
			"/campaigns/%d/review" };

	static final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
	static final Map<String, LongAdder> acks = new ConcurrentHashMap<>();
	static final AtomicLong sequence = new AtomicLong();
	static PrintWriter log;
	static byte[] photo;
	static volatile long campaign = 1;

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
		Path logFile = Path.of(args.length > 3 ? args[3] : "load.log");
		log = new PrintWriter(Files.newBufferedWriter(logFile), true);
		photo = photo();
		long end = System.currentTimeMillis() + seconds * 1000;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			User user = new User(base, ACCOUNTS[i % ACCOUNTS.length], new Random(i));
			Thread thread = new Thread(() -> user.run(end), "user-" + i);
			threads.add(thread);
			thread.start();
			Thread.sleep(200); // people arrive over a few seconds, not all in the same millisecond
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Map<Integer, Long> byStatus = new TreeMap<>();
		statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
		long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long serverErrors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
		System.out.printf("requests=%d statuses=%s server_errors=%d no_answer=%d%n", requests, byStatus, serverErrors,
				byStatus.getOrDefault(0, 0L));
		Map<String, Long> told = new TreeMap<>();
		acks.forEach((kind, count) -> told.put(kind, count.sum()));
		System.out.printf("acknowledged %s%n", told);
		log.close();
	}

	static synchronized void record(String line) {
		log.println(line);
	}

	static void ack(String kind, String detail) {
		acks.computeIfAbsent(kind, k -> new LongAdder()).increment();
		record("ACK " + kind + " " + detail);
	}

	static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 24; y++) {
				image.setRGB(x, y, (x * 8) << 16 | (y * 10) << 8 | 0x40);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	record Page(int status, String body, String location) {
		boolean ok() {
			return status == 200;
		}
	}

	static final class User {

		final String base;
		final String account;
		final Random random;
		final HttpClient client;
		boolean signedIn;

		User(String base, String account, Random random) {
			this.base = base;
			this.account = account;
			this.random = random;
			this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		}

		void run(long end) {
			while (System.currentTimeMillis() < end) {
				try {
					if (!signedIn) {
						signIn();
					}
					else {
						step();
					}
				}
				catch (RuntimeException e) {
					record(System.currentTimeMillis() + " EXC " + account + " " + e);
				}
				pause(200 + random.nextInt(600));
			}
		}

		void signIn() {
			Page login = get("/login");
			if (!login.ok()) {
				return;
			}
			Page answer = post("/login", "/login", Map.of("username", account, "password", "demo1234", "_csrf",
					csrf(login.body())));
			signedIn = answer.status() == 302 && answer.location() != null && !answer.location().contains("/login");
		}

		void step() {
			int dice = random.nextInt(10);
			switch (account) {
				case "thuongtruc" -> {
					if (dice < 4) {
						returnAReport();
					}
					else {
						read(dice < 7 ? OFFICE_PAGES : READ_PAGES);
					}
				}
				case "conganhuyen", "gddt", "chutichbanbo" -> {
					if (account.equals("chutichbanbo") && dice < 3) {
						addTarget();
					}
					else if (dice < 7) {
						workOnAReport(true);
					}
					else {
						read(READ_PAGES);
					}
				}
				case "canbocongan", "xabanbo" -> {
					if (dice < 6) {
						workOnAReport(false);
					}
					else {
						read(READ_PAGES);
					}
				}
				default -> read(dice < 3 ? OFFICE_PAGES : READ_PAGES);
			}
		}

		void read(String[] pages) {
			get(String.format(pages[random.nextInt(pages.length)], campaign));
		}

		/** The office returns a report of its queue, with a reason; told so by the success message on the next page. */
		void returnAReport() {
			Page queue = get("/campaigns/" + campaign + "/review");
			List<String[]> forms = new ArrayList<>();
			Matcher m = QUICK_RETURN.matcher(queue.body());
			while (m.find()) {
				forms.add(new String[] { m.group(1), m.group(2), m.group(3).replace("&amp;", "&") });
			}
			if (forms.isEmpty()) {
				return;
			}
			String[] form = forms.get(random.nextInt(forms.size()));
			Page answer = post("/reports/" + form[0] + "/quick-return", "/campaigns/" + campaign + "/review", Map.of("version", form[1], "back", form[2],
					"reason", "Tải thử: bổ sung số liệu " + sequence.incrementAndGet(), "_csrf", csrf(queue.body())));
			if (answer.status() == 302 && told(answer)) {
				ack("RETURNED", "report=" + form[0]);
			}
		}

		/** Opens the unit's list, starts the newest period's report if needed, and saves (and, for a head, submits) one. */
		void workOnAReport(boolean mayAlsoSubmit) {
			Page list = get("/campaigns/" + campaign + "/reports");
			if (!list.ok()) {
				return;
			}
			Matcher open = OPEN_PERIOD.matcher(list.body());
			if (open.find() && random.nextInt(3) == 0) {
				post("/campaigns/" + campaign + "/reports/open", "/campaigns/" + campaign + "/reports",
						Map.of("periodId", open.group(1), "_csrf", csrf(list.body())));
				return;
			}
			List<String> reports = new ArrayList<>();
			Matcher links = REPORT_LINK.matcher(list.body());
			while (links.find()) {
				reports.add(links.group(1));
			}
			if (reports.isEmpty()) {
				return;
			}
			String id = reports.get(random.nextInt(reports.size()));
			Page report = get("/reports/" + id);
			Matcher version = VERSION.matcher(report.body());
			if (!report.ok() || !report.body().contains("id=\"report-form\"") || !version.find()) {
				return;
			}
			boolean submit = mayAlsoSubmit && report.body().contains("formaction=\"/reports/" + id + "/submit\"")
					&& random.nextBoolean();
			boolean withPhoto = !submit && random.nextInt(3) == 0;
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf(report.body()));
			fields.put("version", version.group(1));
			Matcher values = VALUE_FIELD.matcher(report.body());
			while (values.find()) {
				fields.put("values[" + values.group(1) + "]", String.valueOf(1 + random.nextInt(50)));
			}
			Matcher done = DONE_FIELD.matcher(report.body());
			while (done.find()) {
				fields.put("done[" + done.group(1) + "]", "true");
			}
			long mark = sequence.incrementAndGet();
			fields.put("difficulties", "Tải thử " + account + " lần " + mark);
			fields.put("proposals", "Đề xuất thử " + mark);
			if (withPhoto) {
				fields.put("evidenceCaption", "Ảnh tải thử " + mark);
			}
			String path = "/reports/" + id + (submit ? "/submit" : "");
			Page answer = multipart(path, "/reports/" + id, fields, withPhoto ? "evidence" : null, "anh-" + mark + ".png",
					photo);
			if (answer.status() == 302 && told(answer)) {
				ack(submit ? "SUBMITTED" : "SAVED", "report=" + id + " mark=" + mark);
				if (withPhoto) {
					ack("EVIDENCE", "report=" + id + " mark=" + mark);
				}
			}
		}

		/** Bản Bo's chairman adds a target to the unit's registration (returned by the office, so editable). */
		void addTarget() {
			Page registration = get("/campaigns/" + campaign + "/targets");
			Matcher link = NEW_TARGET.matcher(registration.body());
			if (!link.find()) {
				return;
			}
			Page form = get(link.group(1) + "?taskAreaId=" + link.group(3) + "&kind=QUANTITATIVE");
			Matcher version = VERSION.matcher(form.body());
			if (!form.ok() || !version.find()) {
				return;
			}
			String name = "Chỉ tiêu tải thử " + account + " " + sequence.incrementAndGet();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf(form.body()));
			fields.put("version", version.group(1));
			fields.put("kind", "QUANTITATIVE");
			fields.put("suggestedIndicatorId", "");
			fields.put("taskAreaId", link.group(3));
			fields.put("indicatorName", name);
			fields.put("unitOfMeasure", "buổi");
			fields.put("direction", "AT_LEAST");
			fields.put("targetValue", String.valueOf(1 + random.nextInt(20)));
			fields.put("baselineValue", "");
			fields.put("weight", "");
			fields.put("dueDate", "");
			fields.put("note", "");
			Page answer = post("/campaigns/" + campaign + "/targets/units/" + link.group(2) + "/targets",
					link.group(1) + "?taskAreaId=" + link.group(3) + "&kind=QUANTITATIVE", fields);
			if (answer.status() == 302 && told(answer)) {
				ack("TARGET", name);
			}
		}

		/** True when the page the answer redirects to shows a success message: what the user reads as "saved". */
		boolean told(Page answer) {
			if (answer.location() == null || answer.location().contains("/login")) {
				return false;
			}
			Page next = get(URI.create(base).resolve(answer.location()).getRawPath()
					+ (URI.create(base).resolve(answer.location()).getRawQuery() == null ? ""
							: "?" + URI.create(base).resolve(answer.location()).getRawQuery()));
			return next.ok() && next.body().contains(SUCCESS);
		}

		Page get(String path) {
			return send("GET", path, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
		}

		/** Posts a form as a browser does, with the page the form was on as Referer. */
		Page post(String path, String from, Map<String, String> fields) {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
				.append(encode(value)));
			return send("POST", path, HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Referer", base + from)
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		Page multipart(String path, String from, Map<String, String> fields, String fileField, String fileName,
				byte[] content) {
			String boundary = "----load" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			if (fileField != null) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
						+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.writeBytes(content);
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send("POST", path, HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Referer", base + from)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		Page send(String method, String path, HttpRequest.Builder request) {
			long start = System.currentTimeMillis();
			int status = 0;
			try {
				HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				status = response.statusCode();
				String location = response.headers().firstValue("Location").orElse(null);
				if (status == 302 && location != null && location.contains("/login") && !path.equals("/login")) {
					signedIn = false;
				}
				return new Page(status, response.body(), location);
			}
			catch (IOException e) {
				return new Page(0, "", null);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return new Page(0, "", null);
			}
			finally {
				statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
				record(start + " " + status + " " + (System.currentTimeMillis() - start) + " " + method + " " + path);
			}
		}

		static String csrf(String page) {
			Matcher m = CSRF.matcher(page);
			return m.find() ? m.group(1) : "";
		}

		static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

		static void pause(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
