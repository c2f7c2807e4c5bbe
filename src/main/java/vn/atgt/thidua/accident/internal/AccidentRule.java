package vn.atgt.thidua.accident.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.atgt.thidua.common.persistence.NotAudited;

/**
 * A legal rule of the dated catalogue (Thông tư 58/2009/TT-BCA(C11), 26/2024/TT-BCA …), valid between two dates. Rows
 * come from the migrations; sheets and black spots keep the one in force for their dates.
 */
@Entity
@Immutable
@NotAudited
@Table(name = "accident_rules")
public class AccidentRule {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RulePurpose purpose;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(length = 2000)
	private String summary;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected AccidentRule() {
	}

	public Long getId() {
		return id;
	}

	public RulePurpose getPurpose() {
		return purpose;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}
}
