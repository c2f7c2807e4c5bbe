package vn.atgt.thidua.submission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.submission.FrozenFile;
import vn.atgt.thidua.submission.SubmissionKind;
import vn.atgt.thidua.submission.SubmissionStatus;

/**
 * One sending of a child committee to its parent: what (kind and subject: the report's id or the deciding level),
 * which round of that subject, its frozen files, and where it stands. It guards its steps: the parent receives a sent
 * one, returns (with a reason) or accepts a sent or received one; a returned or accepted one is final — the child
 * corrects and sends a new round. Every step is kept in its history.
 */
@Entity
@Table(name = "upward_submissions")
public class Submission extends AuditedEntity {

	public static final int REASON_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "sender_committee_id", nullable = false, updatable = false)
	private Long senderCommitteeId;

	@Column(name = "receiver_committee_id", nullable = false, updatable = false)
	private Long receiverCommitteeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private SubmissionKind kind;

	@Column(nullable = false, length = 300, updatable = false)
	private String subject;

	@Column(nullable = false, length = 500, updatable = false)
	private String title;

	@Column(name = "round_number", nullable = false, updatable = false)
	private int round;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubmissionStatus status;

	@Column(name = "return_reason", length = REASON_MAX)
	private String returnReason;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	@Column(name = "sent_by_name", nullable = false, length = 200, updatable = false)
	private String sentByName;

	@OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
	private List<SubmissionFile> files = new ArrayList<>();

	@OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
	private List<SubmissionTransition> transitions = new ArrayList<>();

	protected Submission() {
	}

	/** A new sending with its frozen files, in their order. */
	public Submission(Long campaignId, Long senderCommitteeId, Long receiverCommitteeId, SubmissionKind kind,
			String subject, String title, int round, List<FrozenFile> frozen, Actor actor) {
		if (frozen.isEmpty()) {
			throw new DomainException("submission.files.none");
		}
		this.campaignId = campaignId;
		this.senderCommitteeId = senderCommitteeId;
		this.receiverCommitteeId = receiverCommitteeId;
		this.kind = kind;
		this.subject = subject;
		this.title = title.length() > 500 ? title.substring(0, 500) : title;
		this.round = round;
		this.status = SubmissionStatus.SENT;
		this.sentAt = actor.at();
		this.sentByName = actor.name() == null ? actor.username() : actor.name();
		int order = 0;
		for (FrozenFile f : frozen) {
			files.add(new SubmissionFile(this, ++order, f.path(), f.description(), f.storedFileId()));
		}
		transitions.add(new SubmissionTransition(this, null, SubmissionStatus.SENT, null, actor));
	}

	/** The parent opened it. @throws DomainException {@code submission.status.changed} unless sent */
	public void receive(Actor actor) {
		requireStatus(SubmissionStatus.SENT);
		move(SubmissionStatus.RECEIVED, null, actor);
	}

	/**
	 * The parent returns it for correction.
	 * @throws FieldException {@code reason} when blank or too long
	 * @throws DomainException {@code submission.status.changed} unless sent or received
	 */
	public void returnWith(String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new FieldException("reason", "validation.reasonRequired");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new FieldException("reason", "validation.tooLong");
		}
		requirePending();
		this.returnReason = reason.strip();
		move(SubmissionStatus.RETURNED, returnReason, actor);
	}

	/** The parent accepts it. @throws DomainException {@code submission.status.changed} unless sent or received */
	public void accept(Actor actor) {
		requirePending();
		move(SubmissionStatus.ACCEPTED, null, actor);
	}

	private void move(SubmissionStatus to, String reason, Actor actor) {
		transitions.add(new SubmissionTransition(this, status, to, reason, actor));
		status = to;
	}

	private void requireStatus(SubmissionStatus expected) {
		if (status != expected) {
			throw new DomainException("submission.status.changed");
		}
	}

	private void requirePending() {
		if (!status.pending()) {
			throw new DomainException("submission.status.changed");
		}
	}

	public List<SubmissionFile> orderedFiles() {
		return files.stream().sorted(Comparator.comparingInt(SubmissionFile::getOrder)).toList();
	}

	public List<SubmissionTransition> getTransitions() {
		return transitions;
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getSenderCommitteeId() {
		return senderCommitteeId;
	}

	public Long getReceiverCommitteeId() {
		return receiverCommitteeId;
	}

	public SubmissionKind getKind() {
		return kind;
	}

	public String getSubject() {
		return subject;
	}

	public String getTitle() {
		return title;
	}

	public int getRound() {
		return round;
	}

	public SubmissionStatus getStatus() {
		return status;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getSentByName() {
		return sentByName;
	}
}
