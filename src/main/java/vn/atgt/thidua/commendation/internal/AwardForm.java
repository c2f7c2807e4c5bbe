package vn.atgt.thidua.commendation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
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
import jakarta.persistence.Table;

import vn.atgt.thidua.commendation.AwardBasis;
import vn.atgt.thidua.commendation.AwardFormCommand;
import vn.atgt.thidua.commendation.DossierPart;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * A form of commendation or an emulation title, dated: valid for decisions from {@code validFrom} to {@code validTo}
 * (open-ended when null). It is for collectives, individuals or both, and names the dossier parts it needs; the
 * submission is always one of them (no dossier goes up without its tờ trình).
 */
@Entity
@Table(name = "award_forms")
public class AwardForm extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 300)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AwardBasis basis;

	@Column(nullable = false, length = 300)
	private String decider;

	@Column(name = "legal_basis", nullable = false, length = 1000)
	private String legalBasis;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "for_collective", nullable = false)
	private boolean forCollective;

	@Column(name = "for_individual", nullable = false)
	private boolean forIndividual;

	@Column(name = "via_higher_committee", nullable = false)
	private boolean viaHigherCommittee;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_form_parts", joinColumns = @JoinColumn(name = "award_form_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "part", length = 30)
	private Set<DossierPart> parts = new HashSet<>();

	protected AwardForm() {
	}

	public AwardForm(AwardFormCommand command) {
		apply(command);
	}

	public void update(AwardFormCommand command) {
		apply(command);
	}

	private void apply(AwardFormCommand c) {
		if (c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
			throw new FieldException("validTo", "award.validTo.beforeFrom");
		}
		if (!c.forCollective() && !c.forIndividual()) {
			throw new FieldException("forIndividual", "award.nominee.none");
		}
		if (!c.parts().contains(DossierPart.SUBMISSION)) {
			throw new FieldException("parts", "award.parts.submission");
		}
		this.code = c.code().strip();
		this.name = c.name().strip();
		this.basis = c.basis();
		this.decider = c.decider().strip();
		this.legalBasis = c.legalBasis().strip();
		this.validFrom = c.validFrom();
		this.validTo = c.validTo();
		this.forCollective = c.forCollective();
		this.forIndividual = c.forIndividual();
		this.viaHigherCommittee = c.viaHigherCommittee();
		this.parts.clear();
		this.parts.addAll(EnumSet.copyOf(c.parts()));
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public AwardBasis getBasis() {
		return basis;
	}

	public String getDecider() {
		return decider;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public boolean isForCollective() {
		return forCollective;
	}

	public boolean isForIndividual() {
		return forIndividual;
	}

	public boolean isViaHigherCommittee() {
		return viaHigherCommittee;
	}

	public Set<DossierPart> getParts() {
		return parts;
	}
}
