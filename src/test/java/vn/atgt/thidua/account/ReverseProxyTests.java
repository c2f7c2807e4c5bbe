package vn.atgt.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditEntryRow;
import vn.atgt.thidua.audit.AuditFilter;
import vn.atgt.thidua.audit.AuditService;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Behind a reverse proxy that ends HTTPS and says so (X-Forwarded-Proto, X-Forwarded-For), the session cookie is
 * Secure, HSTS is sent and the client's address is the one throttled and audited. Against the running Tomcat, whose
 * RemoteIpValve reads those headers ({@code server.forward-headers-strategy=native}); MockMvc has no valve. The test
 * connects from 127.0.0.1, the proxy address the application trusts by default.
 */
@ThiDuaIntegrationTest
class ReverseProxyTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditService audit;

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
		HttpResponse<String> page = new HttpUserAgent(port).withHeader("X-Forwarded-Proto", "https")
			.withHeader("X-Forwarded-For", "203.0.113.20").get("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void plainHttpGetsNeitherASecureCookieNorHsts() {
		HttpResponse<String> page = new HttpUserAgent(port).get("/login");

		assertThat(sessionCookie(page)).doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theAddressTheProxyForwardsIsTheOneAuditedAndThrottled() {
		// (without X-Forwarded-Proto: this client speaks plain HTTP and would not send back a Secure cookie)
		String name = TestUsers.uniqueName("quaproxy");
		new HttpUserAgent(port).withHeader("X-Forwarded-For", "203.0.113.21").signIn(name, "sai-mat-khau");

		List<AuditEntryRow> failures = audit.search(new AuditFilter(name, null, AuditAction.SIGN_IN_FAILED, null,
				null), PageRequest.of(0, 5)).getContent();
		assertThat(failures).singleElement()
			.satisfies(failure -> assertThat(failure.remoteAddress()).isEqualTo("203.0.113.21"));
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.findFirst().orElseThrow();
	}
}
