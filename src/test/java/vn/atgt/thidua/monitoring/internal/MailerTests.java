package vn.atgt.thidua.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server ({@code spring.mail.host} unset, so no mail sender), notifications stay in the app. */
class MailerTests {

	@Test
	void withoutAMailServerNothingIsSentAndTheWorkflowGoesOn() {
		Mailer mailer = new Mailer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
				new StaticMessageSource(), "thidua@localhost", "http://localhost:8080");
		assertThat(mailer.enabled()).isFalse();
		assertThat(mailer.send("canbo@example.vn", "notification.urging.report", new Object[0], "/reports/1")).isFalse();
	}
}
