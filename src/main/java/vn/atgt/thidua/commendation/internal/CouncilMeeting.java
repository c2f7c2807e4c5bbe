package vn.atgt.thidua.commendation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * The voting meeting of a campaign (biên bản họp xét): date, chair, secretary, members present out of the total, and
 * the threshold in force that day, kept with it so that a later change of the setting does not rewrite the minutes.
 */
@Entity
@Table(name = "council_meetings")
public class CouncilMeeting extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 150)
	private String chair;

	@Column(nullable = false, length = 150)
	private String secretary;

	@Column(name = "members_present", nullable = false)
	private int membersPresent;

	@Column(name = "members_total", nullable = false)
	private int membersTotal;

	@Column(name = "vote_threshold", nullable = false, precision = 5, scale = 2)
	private BigDecimal voteThreshold;

	protected CouncilMeeting() {
	}

	public CouncilMeeting(Long campaignId, LocalDate heldOn, String chair, String secretary, int membersPresent,
			int membersTotal, BigDecimal voteThreshold) {
		if (membersPresent > membersTotal) {
			throw new FieldException("membersPresent", "meeting.present.overTotal");
		}
		this.campaignId = campaignId;
		this.heldOn = heldOn;
		this.chair = chair.strip();
		this.secretary = secretary.strip();
		this.membersPresent = membersPresent;
		this.membersTotal = membersTotal;
		this.voteThreshold = voteThreshold;
	}

	// @formatter:off
	public Long getId() { return id; }
	public Long getCampaignId() { return campaignId; }
	public LocalDate getHeldOn() { return heldOn; }
	public String getChair() { return chair; }
	public String getSecretary() { return secretary; }
	public int getMembersPresent() { return membersPresent; }
	public int getMembersTotal() { return membersTotal; }
	public BigDecimal getVoteThreshold() { return voteThreshold; }
	// @formatter:on
}
