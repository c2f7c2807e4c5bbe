package vn.atgt.thidua.monitoring;

import java.time.Instant;

/** A notification as its reader sees it; the text is a message key with its arguments, shown in her language. */
public record NotificationRow(Long id, NotificationKind kind, String messageKey, String[] args, String link,
		Instant createdAt, Instant readAt) {

	public boolean isRead() {
		return readAt != null;
	}
}
