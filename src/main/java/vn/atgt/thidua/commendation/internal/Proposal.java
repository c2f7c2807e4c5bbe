package vn.atgt.thidua.commendation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import vn.atgt.thidua.commendation.Gender;
import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalCommand;
import vn.atgt.thidua.commendation.ProposalStatus;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * A commendation proposal and the rules of its workflow (see {@link ProposalStatus}): it changes only while a draft or
 * returned; an individual has a gender (the fairness figures count women); a collective has none and is no front-line
 * worker; votes are recorded only for a nominee the office accepted, never more than the members present; approval
 * needs the votes. Whether the share reaches the threshold and whether the dossier is complete are the service's to
 * say (they read the meeting and the award form); every step is in the history with who, when and why.
 */
@Entity
@Table(name = "commendation_proposals")
public class Proposal extends AuditedEntity {

	public static final int REASON_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "nominee_kind", nullable = false, length = 20)
	private NomineeKind kind;

	@Column(name = "nominee_name", nullable = false, length = 300)
	private String nomineeName;

	@Column(length = 300)
	private String position;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Gender gender;

	@Column(name = "front_line", nullable = false)
	private boolean frontLine;

	@Column(name = "award_form_id", nullable = false)
	private Long awardFormId;

	@Column(name = "planned_decision_on", nullable = false)
	private LocalDate plannedDecisionOn;

	@Column(nullable = false, length = 2000)
	private String achievements;

	@Column(name = "achievement_report", length = 20000)
	private String achievementReport;

	@Column(name = "report_file_id")
	private Long reportFileId;

	@Column(name = "certificate_file_id")
	private Long certificateFileId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProposalStatus status;

	@Column(name = "return_reason", length = REASON_MAX)
	private String returnReason;

	@Column(name = "published_until")
	private LocalDate publishedUntil;

	@Column(name = "meeting_id")
	private Long meetingId;

	@Column(name = "votes_for")
	private Integer votesFor;

	@Column(name = "decision_number", length = 50)
	private String decisionNumber;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decision_issuer", length = 300)
	private String decisionIssuer;

	@Column(name = "refusal_reason", length = REASON_MAX)
	private String refusalReason;

	@Column(nullable = false, updatable = false)
	private boolean sample;

	@ElementCollection
	@CollectionTable(name = "proposal_exemplars", joinColumns = @JoinColumn(name = "proposal_id"))
	@Column(name = "exemplar_id")
	private Set<Long> exemplarIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "proposal_basis_awards", joinColumns = @JoinColumn(name = "proposal_id"))
	@Column(name = "award_form_id")
	private Set<Long> basisAwardIds = new HashSet<>();

	@OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST)
	private List<ProposalTransition> transitions = new ArrayList<>();

	protected Proposal() {
	}

	public Proposal(Long campaignId, ProposalCommand command, boolean sample, Actor actor) {
		this.campaignId = campaignId;
		this.sample = sample;
		this.status = ProposalStatus.DRAFT;
		apply(command);
		transitions.add(new ProposalTransition(this, null, ProposalStatus.DRAFT, null, actor));
	}

	public void update(ProposalCommand command) {
		requireEditable();
		apply(command);
	}

	public void submit(Actor actor) {
		requireEditable();
		move(ProposalStatus.SUBMITTED, null, actor);
	}

	public void accept(Actor actor) {
		require(ProposalStatus.SUBMITTED);
		move(ProposalStatus.ACCEPTED, null, actor);
		this.returnReason = null;
	}

	public void returnWith(String reason, Actor actor) {
		require(ProposalStatus.SUBMITTED);
		this.returnReason = reason(reason);
		move(ProposalStatus.RETURNED, returnReason, actor);
	}

	/** Publishes the accepted nominee until the day given (N working days from today, counted by the service). */
	public void publish(LocalDate until, Actor actor) {
		require(ProposalStatus.ACCEPTED);
		this.publishedUntil = until;
		move(ProposalStatus.PUBLISHED, null, actor);
	}

	/** The votes in favour at the meeting; a nominee the office has not accepted is not voted on. */
	public void recordVotes(Long meetingId, int votes, int membersPresent) {
		if (status != ProposalStatus.ACCEPTED && status != ProposalStatus.PUBLISHED) {
			throw new DomainException("proposal.vote.notAccepted", nomineeName);
		}
		if (votes < 0 || votes > membersPresent) {
			throw new FieldException("votes[" + id + "]", "proposal.vote.range", membersPresent);
		}
		this.meetingId = meetingId;
		this.votesFor = votes;
	}

	/** The council or leadership approves, after the meeting voted (the service checks the share). */
	public void approve(Actor actor) {
		requireVoted();
		move(ProposalStatus.APPROVED, null, actor);
	}

	public void reject(String reason, Actor actor) {
		requireVoted();
		this.refusalReason = reason(reason);
		move(ProposalStatus.REJECTED, refusalReason, actor);
	}

	/** Sends the approved dossier to the deciding level (the service checked every part is there). */
	public void forward(Actor actor) {
		require(ProposalStatus.APPROVED);
		move(ProposalStatus.FORWARDED, null, actor);
	}

	public void decide(String number, LocalDate on, String issuer, Actor actor) {
		require(ProposalStatus.FORWARDED);
		this.decisionNumber = number.strip();
		this.decidedOn = on;
		this.decisionIssuer = issuer.strip();
		move(ProposalStatus.DECIDED, null, actor);
	}

	public void notAwarded(String reason, Actor actor) {
		require(ProposalStatus.FORWARDED);
		this.refusalReason = reason(reason);
		move(ProposalStatus.NOT_AWARDED, refusalReason, actor);
	}

	public void attachReport(Long fileId) {
		requireEditable();
		this.reportFileId = fileId;
	}

	public void attachCertificate(Long fileId) {
		requireEditable();
		this.certificateFileId = fileId;
	}

	private void apply(ProposalCommand c) {
		boolean individual = c.kind() == NomineeKind.INDIVIDUAL;
		if (individual && c.gender() == null) {
			throw new FieldException("gender", "proposal.gender.required");
		}
		this.unitId = c.unitId();
		this.kind = c.kind();
		this.nomineeName = c.nomineeName().strip();
		this.position = clean(c.position());
		this.gender = individual ? c.gender() : null;
		this.frontLine = individual && c.frontLine();
		this.awardFormId = c.awardFormId();
		this.plannedDecisionOn = c.plannedDecisionOn();
		this.achievements = c.achievements().strip();
		this.achievementReport = clean(c.achievementReport());
		this.exemplarIds.clear();
		this.exemplarIds.addAll(c.exemplarIds());
		this.basisAwardIds.clear();
		this.basisAwardIds.addAll(c.basisAwardIds());
	}

	private void requireVoted() {
		if (status != ProposalStatus.ACCEPTED && status != ProposalStatus.PUBLISHED) {
			throw new DomainException("proposal.wrongStatus");
		}
		if (votesFor == null) {
			throw new DomainException("proposal.vote.missing");
		}
	}

	private void requireEditable() {
		if (!status.editable()) {
			throw new DomainException("proposal.notEditable");
		}
	}

	private void require(ProposalStatus expected) {
		if (status != expected) {
			throw new DomainException("proposal.wrongStatus");
		}
	}

	private void move(ProposalStatus to, String reason, Actor actor) {
		transitions.add(new ProposalTransition(this, status, to, reason, actor));
		this.status = to;
	}

	private static String reason(String text) {
		String why = clean(text);
		if (why == null) {
			throw new FieldException("reason", "validation.reasonRequired");
		}
		return why;
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the proposal says, as its form shows it. */
	public ProposalCommand details() {
		return new ProposalCommand(unitId, kind, nomineeName, position, gender, frontLine, awardFormId,
				plannedDecisionOn, achievements, achievementReport, List.copyOf(exemplarIds),
				basisAwardIds.stream().sorted().toList());
	}

	// @formatter:off
	public Long getId() { return id; }
	public Long getCampaignId() { return campaignId; }
	public Long getUnitId() { return unitId; }
	public NomineeKind getKind() { return kind; }
	public String getNomineeName() { return nomineeName; }
	public Long getAwardFormId() { return awardFormId; }
	public ProposalStatus getStatus() { return status; }
	public String getReturnReason() { return returnReason; }
	public LocalDate getPublishedUntil() { return publishedUntil; }
	public Long getMeetingId() { return meetingId; }
	public Integer getVotesFor() { return votesFor; }
	public String getDecisionNumber() { return decisionNumber; }
	public LocalDate getDecidedOn() { return decidedOn; }
	public String getDecisionIssuer() { return decisionIssuer; }
	public String getRefusalReason() { return refusalReason; }
	public Long getReportFileId() { return reportFileId; }
	public Long getCertificateFileId() { return certificateFileId; }
	public String getAchievementReport() { return achievementReport; }
	public boolean isSample() { return sample; }
	// @formatter:on
}
