package vn.atgt.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to the running test server over real HTTP, as a browser without JavaScript would: what MockMvc cannot show,
 * such as the error pages that the servlet container renders.
 */
public class HttpUserAgent {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;
	private final String base;
	private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

	public HttpUserAgent(int port) {
		this(port, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private HttpUserAgent(int port, HttpClient client) {
		this.base = "http://localhost:" + port;
		this.client = client;
	}

	/**
	 * The same browser (its cookies, so its session) talking to another server on this machine, as a load balancer
	 * would send it to another node.
	 */
	public HttpUserAgent at(int port) {
		HttpUserAgent other = new HttpUserAgent(port, client);
		other.headers.putAll(headers);
		return other;
	}

	/** Sends the header with every later request, as a reverse proxy in front of the server would. */
	public HttpUserAgent withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html").GET().build());
	}

	/** Posts a form as a browser does: the fields plus the CSRF token of {@code pageWithForm}. */
	public HttpResponse<String> postForm(String path, String pageWithForm, java.util.Map<String, String> fields) {
		StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken(get(pageWithForm).body())));
		fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	/** Signs in through the login form; returns the redirect target. */
	public String signIn(String username, String password) {
		String token = csrfToken(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<String> response = send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * Posts a multipart form as a browser does: the fields (the CSRF token of {@code pageWithForm} added) and one file
	 * under {@code fileField} (none when it is null).
	 */
	public HttpResponse<String> postMultipart(String path, String pageWithForm, java.util.Map<String, String> fields,
			String fileField, String fileName, byte[] content) {
		String boundary = "----thidua" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken(get(pageWithForm).body()));
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (fileField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", base + pageWithForm)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		headers.forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String csrfToken(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return m.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
