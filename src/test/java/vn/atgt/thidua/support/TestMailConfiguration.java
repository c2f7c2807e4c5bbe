package vn.atgt.thidua.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.util.TestSocketUtils;

/** A real SMTP server (GreenMail) inside the tests; the application sends its e-mails there. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Bean
	DynamicPropertyRegistrar mailProperties(GreenMail greenMail) {
		// spring.mail.host is set in application-test.properties: Boot's mail condition reads it before this runs
		return registry -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}
}
