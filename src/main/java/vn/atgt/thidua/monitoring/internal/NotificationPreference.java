package vn.atgt.thidua.monitoring.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.atgt.thidua.monitoring.NotificationKind;

/** Whether a user wants e-mail for a kind of notification (absent: the kind's default). */
@Entity
@Table(name = "notification_preferences")
public class NotificationPreference {

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private boolean email;

	protected NotificationPreference() {
	}

	public NotificationPreference(Long userId, NotificationKind kind, boolean email) {
		this.key = new Key(userId, kind);
		this.email = email;
	}

	public Long userId() {
		return key.userId;
	}

	public NotificationKind kind() {
		return key.kind;
	}

	public boolean email() {
		return email;
	}

	public void setEmail(boolean email) {
		this.email = email;
	}

	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "user_id")
		private Long userId;

		@Enumerated(EnumType.STRING)
		@Column(length = 40)
		private NotificationKind kind;

		protected Key() {
		}

		public Key(Long userId, NotificationKind kind) {
			this.userId = userId;
			this.kind = kind;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && k.userId.equals(userId) && k.kind == kind;
		}

		@Override
		public int hashCode() {
			return userId.hashCode() * 31 + kind.hashCode();
		}
	}
}
