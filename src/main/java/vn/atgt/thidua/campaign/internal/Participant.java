package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/** A member unit taking part in a campaign (by id: units belong to the unit module), with its person in charge. */
@Entity
@Table(name = "campaign_participants")
public class Participant extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "campaign_id")
	private Campaign campaign;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "contact_name", length = 150)
	private String contactName;

	@Column(name = "contact_position", length = 200)
	private String contactPosition;

	@Column(name = "contact_phone", length = 30)
	private String contactPhone;

	@Column(name = "contact_email", length = 200)
	private String contactEmail;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	protected Participant() {
	}

	Participant(Campaign campaign, Long unitId) {
		this.campaign = campaign;
		this.unitId = unitId;
	}

	void update(String contactName, String contactPosition, String contactPhone, String contactEmail,
			LocalDate joinedOn, LocalDate leftOn) {
		if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
			throw new FieldException("leftOn", "participant.leftOn.beforeJoined");
		}
		this.contactName = contactName;
		this.contactPosition = contactPosition;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
		this.joinedOn = joinedOn;
		this.leftOn = leftOn;
	}

	public Long getId() {
		return id;
	}

	public Campaign getCampaign() {
		return campaign;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPosition() {
		return contactPosition;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public LocalDate getLeftOn() {
		return leftOn;
	}
}
