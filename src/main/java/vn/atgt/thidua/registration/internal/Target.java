package vn.atgt.thidua.registration.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.registration.InvalidTargetException;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.TargetRules;

/**
 * A target (chỉ tiêu) of a registration under one of the campaign's task areas (by id). It keeps {@link TargetRules};
 * a milestone keeps no unit, direction or values. It changes only through its registration, which refuses changes
 * once submitted.
 */
@Entity
@Table(name = "targets")
public class Target extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id", updatable = false)
	private TargetRegistration registration;

	@Column(name = "task_area_id", nullable = false)
	private Long taskAreaId;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TargetKind kind;

	@Column(name = "suggested_indicator_id")
	private Long suggestedIndicatorId;

	@Column(name = "indicator_name", nullable = false, length = 500)
	private String indicatorName;

	@Column(name = "unit_of_measure", length = 50)
	private String unitOfMeasure;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private TargetDirection direction;

	@Column(name = "baseline_value", precision = 18, scale = 4)
	private BigDecimal baselineValue;

	@Column(name = "target_value", precision = 18, scale = 4)
	private BigDecimal targetValue;

	@Column(precision = 7, scale = 2)
	private BigDecimal weight;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(length = 1000)
	private String note;

	@Column(name = "review_comment", length = 1000)
	private String reviewComment;

	protected Target() {
	}

	Target(TargetRegistration registration, TargetCommand command, int position) {
		this.registration = registration;
		this.position = position;
		apply(command);
	}

	void apply(TargetCommand c) {
		List<FieldException> problems = TargetRules.check(c);
		if (!problems.isEmpty()) {
			throw new InvalidTargetException(problems);
		}
		boolean quantitative = c.kind() == TargetKind.QUANTITATIVE;
		this.taskAreaId = c.taskAreaId();
		this.kind = c.kind();
		this.suggestedIndicatorId = quantitative ? c.suggestedIndicatorId() : null;
		this.indicatorName = c.indicatorName().strip();
		this.unitOfMeasure = quantitative ? c.unitOfMeasure().strip() : null;
		this.direction = quantitative ? c.direction() : null;
		this.baselineValue = quantitative ? c.baselineValue() : null;
		this.targetValue = quantitative ? c.targetValue() : null;
		this.weight = c.weight();
		this.dueDate = c.dueDate();
		this.note = blankToNull(c.note());
	}

	/** True when applying the command would change nothing (numbers compared by value: 12 equals 12.0000). */
	public boolean sameAs(TargetCommand c) {
		boolean quantitative = c.kind() == TargetKind.QUANTITATIVE;
		return Objects.equals(taskAreaId, c.taskAreaId()) && kind == c.kind()
				&& Objects.equals(suggestedIndicatorId, quantitative ? c.suggestedIndicatorId() : null)
				&& Objects.equals(indicatorName, c.indicatorName() == null ? null : c.indicatorName().strip())
				&& Objects.equals(unitOfMeasure, quantitative && c.unitOfMeasure() != null ? c.unitOfMeasure().strip() : null)
				&& direction == (quantitative ? c.direction() : null)
				&& sameNumber(baselineValue, quantitative ? c.baselineValue() : null)
				&& sameNumber(targetValue, quantitative ? c.targetValue() : null)
				&& sameNumber(weight, c.weight()) && Objects.equals(dueDate, c.dueDate())
				&& Objects.equals(note, blankToNull(c.note()));
	}

	void moveTo(int position) {
		this.position = position;
	}

	void comment(String comment) {
		this.reviewComment = blankToNull(comment);
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public TargetRegistration getRegistration() {
		return registration;
	}

	public Long getTaskAreaId() {
		return taskAreaId;
	}

	public int getPosition() {
		return position;
	}

	public TargetKind getKind() {
		return kind;
	}

	public Long getSuggestedIndicatorId() {
		return suggestedIndicatorId;
	}

	public String getIndicatorName() {
		return indicatorName;
	}

	public String getReviewComment() {
		return reviewComment;
	}
}
