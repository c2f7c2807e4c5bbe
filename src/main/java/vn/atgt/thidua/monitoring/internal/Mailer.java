package vn.atgt.thidua.monitoring.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails in Vietnamese through the configured SMTP server ({@code spring.mail.*}). Without one,
 * notifications stay in-app only. A failed e-mail is logged and never breaks the workflow that caused it.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ObjectProvider<JavaMailSender> senders;
	private final MessageSource messages;
	private final String from;
	private final String baseUrl;

	@Autowired
	Mailer(ObjectProvider<JavaMailSender> senders, MessageSource messages, MailProperties properties) {
		this(senders, messages, properties.mail().from(), properties.baseUrl());
	}

	Mailer(ObjectProvider<JavaMailSender> senders, MessageSource messages, String from, String baseUrl) {
		this.senders = senders;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	public boolean enabled() {
		return senders.getIfAvailable() != null;
	}

	/** Sends one notification e-mail; returns false when no SMTP server is configured or sending failed. */
	public boolean send(String to, String messageKey, Object[] args, String link) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null || to == null || to.isBlank()) {
			return false;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		String text = messages.getMessage(messageKey, args, VIETNAMESE);
		mail.setSubject(messages.getMessage("mail.subject", new Object[] { text }, VIETNAMESE));
		String address = link == null ? baseUrl : baseUrl + link;
		mail.setText(messages.getMessage("mail.body", new Object[] { text, address }, VIETNAMESE));
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException e) {
			log.warn("E-mail to {} not sent: {}", to, e.getMessage());
			return false;
		}
	}
}
