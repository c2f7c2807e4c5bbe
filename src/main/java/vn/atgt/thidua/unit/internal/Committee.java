package vn.atgt.thidua.unit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.unit.CommitteeKind;

/**
 * A traffic-safety committee (Ban ATGT) at an area: its standing office and the header and signature lines that its
 * documents print (Nghị định 30/2020: parent body, issuing body, issuer code, place; "KT. TRƯỞNG BAN" …).
 */
@Entity
@Table(name = "committees")
public class Committee extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "area_id", nullable = false)
	private Long areaId;

	@Column(name = "standing_office_unit_id")
	private Long standingOfficeUnitId;

	@Column(name = "parent_body", nullable = false, length = 200)
	private String parentBody;

	@Column(name = "issuing_body", nullable = false, length = 200)
	private String issuingBody;

	@Column(name = "issuer_code", nullable = false, length = 30)
	private String issuerCode;

	@Column(name = "place_name", nullable = false, length = 100)
	private String placeName;

	@Column(name = "signature_authority", length = 100)
	private String signatureAuthority;

	@Column(name = "signer_title", nullable = false, length = 200)
	private String signerTitle;

	@Column(name = "signer_note", length = 200)
	private String signerNote;

	@Column(name = "signer_name", nullable = false, length = 150)
	private String signerName;

	@Column(name = "default_recipients", length = 2000)
	private String defaultRecipients;

	@Column(nullable = false)
	private boolean active = true;

	/** The committee this one reports to (the province's over a commune's); null at the top of the installation. */
	@Column(name = "parent_committee_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitteeKind kind = CommitteeKind.BAN_ATGT;

	protected Committee() {
	}

	public Committee(String name, Long areaId) {
		this.name = name;
		this.areaId = areaId;
	}

	public void update(String name, Long areaId, Long standingOfficeUnitId, String parentBody, String issuingBody,
			String issuerCode, String placeName, String signatureAuthority, String signerTitle, String signerNote,
			String signerName, String defaultRecipients) {
		this.name = name;
		this.areaId = areaId;
		this.standingOfficeUnitId = standingOfficeUnitId;
		this.parentBody = parentBody;
		this.issuingBody = issuingBody;
		this.issuerCode = issuerCode;
		this.placeName = placeName;
		this.signatureAuthority = signatureAuthority;
		this.signerTitle = signerTitle;
		this.signerNote = signerNote;
		this.signerName = signerName;
		this.defaultRecipients = defaultRecipients;
	}

	/** Sets what body the committee is (null: a Ban ATGT, the default). */
	public void kind(CommitteeKind kind) {
		this.kind = kind == null ? CommitteeKind.BAN_ATGT : kind;
	}

	public CommitteeKind getKind() {
		return kind;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Long getAreaId() {
		return areaId;
	}

	public Long getStandingOfficeUnitId() {
		return standingOfficeUnitId;
	}

	public String getParentBody() {
		return parentBody;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public String getIssuerCode() {
		return issuerCode;
	}

	public String getPlaceName() {
		return placeName;
	}

	public String getSignatureAuthority() {
		return signatureAuthority;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public String getSignerNote() {
		return signerNote;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getDefaultRecipients() {
		return defaultRecipients;
	}

	public boolean isActive() {
		return active;
	}

	public Long getParentId() {
		return parentId;
	}

	/**
	 * Places this committee under another (null: at the top). The caller has checked that the parent is not below
	 * this one (a cycle would make each the other's reader); a committee is never its own parent.
	 */
	public void placeUnder(Long parentId) {
		if (parentId != null && parentId.equals(id)) {
			throw new IllegalArgumentException("a committee cannot be its own parent");
		}
		this.parentId = parentId;
	}
}
