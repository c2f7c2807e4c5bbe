package vn.atgt.thidua.commendation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment of the public on a published nominee: written by someone without an account (so not an audited entity of
 * a user), with a name and contact for the office, never changed.
 */
@Entity
@Table(name = "nominee_comments")
public class NomineeComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "proposal_id", nullable = false, updatable = false)
	private Long proposalId;

	@Column(name = "author_name", nullable = false, updatable = false, length = 150)
	private String authorName;

	@Column(nullable = false, updatable = false, length = 150)
	private String contact;

	@Column(nullable = false, updatable = false, length = 2000)
	private String body;

	@Column(name = "remote_address", updatable = false, length = 64)
	private String remoteAddress;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected NomineeComment() {
	}

	public NomineeComment(Long proposalId, String authorName, String contact, String body, String remoteAddress,
			Instant createdAt) {
		this.proposalId = proposalId;
		this.authorName = authorName.strip();
		this.contact = contact.strip();
		this.body = body.strip();
		this.remoteAddress = remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress
				: remoteAddress.substring(0, 64);
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}
}
