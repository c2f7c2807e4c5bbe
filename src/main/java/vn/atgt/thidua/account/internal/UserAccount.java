package vn.atgt.thidua.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.text.SearchText;

/** A person who signs in. Never deleted once she has acted: deactivated instead. */
@Entity
@Table(name = "users")
public class UserAccount extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60, updatable = false)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "full_name", nullable = false, length = 150)
	private String fullName;

	@Column(name = "job_title", length = 150)
	private String jobTitle;

	@Column(length = 200)
	private String email;

	@Column(length = 30)
	private String phone;

	@Column(name = "unit_id")
	private Long unitId;

	/** The committee she works in: her unit's, or hers directly; none only for a system administrator. */
	@Column(name = "committee_id")
	private Long committeeId;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "search_key", nullable = false, length = 400)
	private String searchKey;

	/**
	 * Raised by every change of what the account may do (unit, roles, active, password). A session keeps the value it
	 * signed in with and ends at its next request once the two differ (SessionStampFilter). Not a random token: it is
	 * never shown and only compared, and a counter never returns to an old value.
	 */
	@Column(name = "security_stamp", nullable = false)
	private long securityStamp;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 30)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String fullName) {
		this.username = normaliseUsername(username);
		this.passwordHash = passwordHash;
		this.fullName = fullName;
	}

	public static String normaliseUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	@PrePersist
	@PreUpdate
	void refreshSearchKey() {
		searchKey = SearchText.key(String.join(" ", username, fullName, email == null ? "" : email));
	}

	/** Sets a new password chosen by the user herself; her sessions signed in with the old one end. */
	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
		accessChanged();
	}

	/**
	 * An administrator sets a temporary password; the user must choose her own at the next sign-in, and her open
	 * sessions end.
	 */
	public void resetPassword(String temporaryHash, Instant now) {
		this.passwordHash = temporaryHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
		accessChanged();
	}

	public void updateProfile(String fullName, String jobTitle, String email, String phone) {
		this.fullName = fullName;
		this.jobTitle = jobTitle;
		this.email = email;
		this.phone = phone;
	}

	/**
	 * Puts the user in a unit (or none) of a committee with these roles; a real change ends her sessions signed in
	 * before it.
	 */
	public void assign(Long unitId, Long committeeId, Set<Role> roles) {
		if (!Objects.equals(this.unitId, unitId) || !Objects.equals(this.committeeId, committeeId)
				|| !this.roles.equals(roles)) {
			accessChanged();
		}
		this.unitId = unitId;
		this.committeeId = committeeId;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public void deactivate() {
		if (active) {
			accessChanged();
		}
		this.active = false;
	}

	public void activate() {
		if (!active) {
			accessChanged();
		}
		this.active = true;
	}

	/**
	 * A new account has no session to end, so its stamp stays at 0 whatever its creation sets; from then on each change
	 * raises it.
	 */
	private void accessChanged() {
		if (id != null) {
			securityStamp++;
		}
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public boolean isActive() {
		return active;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public long getSecurityStamp() {
		return securityStamp;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}
}
