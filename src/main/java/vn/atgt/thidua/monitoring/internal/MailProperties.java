package vn.atgt.thidua.monitoring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification e-mails' sender ({@code thidua.mail.from}) and the address their links start with
 * ({@code thidua.base-url}); both are in application.properties, from {@code THIDUA_MAIL_FROM} and
 * {@code THIDUA_BASE_URL}.
 */
@ConfigurationProperties("thidua")
record MailProperties(Mail mail, String baseUrl) {

	record Mail(String from) {
	}
}
