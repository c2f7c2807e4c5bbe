package vn.atgt.thidua.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * A multipart body is parsed only for a signed-in user (issue 11): an anonymous upload is sent to the sign-in page
 * before anything reads its body, so that nobody unknown can make the server parse and store parts.
 */
@ThiDuaIntegrationTest
class AnonymousUploadTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void anAnonymousUploadIsAnsweredWhileMostOfItsBodyIsStillOnItsWay() throws IOException {
		String boundary = "----thidua-anonymous";
		long declared = 50L * 1024 * 1024;
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /campaigns/1/targets/units/1/import HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + declared
					+ "\r\n\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\""
					+ "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();
			// the other 50 MB never come: a server that parsed the body (for the CSRF token, say) would wait for
			// them until its own timeout, and this read would time out first
			long start = System.nanoTime();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
					StandardCharsets.US_ASCII));
			String status = in.readLine();
			String location = null;
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				if (line.toLowerCase(java.util.Locale.ROOT).startsWith("location:")) {
					location = line.substring("location:".length()).strip();
				}
			}
			System.out.println("[measured] anonymous 50 MB multipart POST, 64 KB sent: answered in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms with " + status);
			assertThat(status).startsWith("HTTP/1.1 302");
			assertThat(location).endsWith("/login");
		}
	}

	@Test
	void anAnonymousUploadWithAValidCsrfTokenIsSentToSignInToo() throws Exception {
		mvc.perform(multipart("/admin/units/import")
			.file(new MockMultipartFile("file", "don-vi.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 }))
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(redirectedUrl("/login"));
	}
}
