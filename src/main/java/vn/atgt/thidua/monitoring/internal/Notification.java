package vn.atgt.thidua.monitoring.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.NotAudited;
import vn.atgt.thidua.monitoring.NotificationKind;

/** One message to one user. The workflow item it points to keeps its own history; this is not audited. */
@Entity
@NotAudited
@Table(name = "notifications")
public class Notification {

	/** Separates the stored arguments (a character no message argument contains). */
	static final String SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private NotificationKind kind;

	@Column(name = "message_key", nullable = false, length = 120)
	private String messageKey;

	@Column(name = "message_args", length = 2000)
	private String messageArgs;

	@Column(length = 500)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	public Notification(Long userId, NotificationKind kind, String messageKey, List<String> args, String link,
			Instant createdAt) {
		this.userId = userId;
		this.kind = kind;
		this.messageKey = messageKey;
		String joined = String.join(SEPARATOR, args);
		this.messageArgs = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
		this.link = link;
		this.createdAt = createdAt;
	}

	public void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public static String[] splitArgs(String stored) {
		return stored == null || stored.isEmpty() ? new String[0] : stored.split(SEPARATOR, -1);
	}

	public Long getId() {
		return id;
	}

	public Long getUserId() {
		return userId;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public String[] getArgs() {
		return splitArgs(messageArgs);
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	@Override
	public String toString() {
		return "Notification[" + kind + " " + messageKey + Arrays.toString(getArgs()) + "]";
	}
}
