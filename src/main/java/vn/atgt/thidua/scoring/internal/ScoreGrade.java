package vn.atgt.thidua.scoring.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.scoring.GradeView;

/** A grade of a score table, reached from its threshold up. */
@Entity
@Table(name = "score_grades")
public class ScoreGrade extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id", updatable = false)
	private ScoreTable table;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "min_points", nullable = false, precision = 8, scale = 2)
	private BigDecimal minPoints;

	protected ScoreGrade() {
	}

	ScoreGrade(ScoreTable table, String name, BigDecimal minPoints) {
		this.table = table;
		this.name = name;
		this.minPoints = minPoints;
	}

	GradeView view() {
		return new GradeView(id, name, minPoints);
	}

	public Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	BigDecimal getMinPoints() {
		return minPoints;
	}
}
