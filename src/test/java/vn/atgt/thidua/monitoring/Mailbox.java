package vn.atgt.thidua.monitoring;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the in-test SMTP server received for one address (tests share it, so each reads its own people's mail). */
final class Mailbox {

	private Mailbox() {
	}

	static List<MimeMessage> of(GreenMail greenMail, String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
			try {
				Address[] to = mail.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
