package vn.atgt.thidua.scoring.internal;

import java.math.BigDecimal;

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

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.scoring.CriterionCommand;
import vn.atgt.thidua.scoring.CriterionKind;
import vn.atgt.thidua.scoring.CriterionView;
import vn.atgt.thidua.scoring.SuggestionRule;

/** A line of a score table; it changes only through its table, which checks the command first. */
@Entity
@Table(name = "score_criteria")
public class ScoreCriterion extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id", updatable = false)
	private ScoreTable table;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private int depth;

	@Column(nullable = false, length = 20)
	private String number;

	@Column(nullable = false, length = 1000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CriterionKind kind;

	@Column(name = "max_points", precision = 8, scale = 2)
	private BigDecimal maxPoints;

	@Column(name = "points_per_occurrence", precision = 8, scale = 2)
	private BigDecimal pointsPerOccurrence;

	@Column(length = 2000)
	private String guidance;

	@Column(name = "evidence_expected", length = 1000)
	private String evidenceExpected;

	@Enumerated(EnumType.STRING)
	@Column(name = "suggestion_rule", length = 30)
	private SuggestionRule rule;

	@Column(name = "task_area_id")
	private Long taskAreaId;

	protected ScoreCriterion() {
	}

	ScoreCriterion(ScoreTable table, CriterionCommand command) {
		this.table = table;
		apply(command);
	}

	/** Takes a checked command (ScoreTable checks it). A rate only for a deduction. */
	void apply(CriterionCommand c) {
		this.number = c.number().strip();
		this.text = c.text().strip();
		this.kind = c.kind();
		this.maxPoints = c.maxPoints();
		this.pointsPerOccurrence = c.kind() == CriterionKind.DEDUCTION ? c.pointsPerOccurrence() : null;
		this.guidance = clean(c.guidance());
		this.evidenceExpected = clean(c.evidenceExpected());
		this.rule = c.rule();
		this.taskAreaId = c.rule() == SuggestionRule.TARGETS ? c.taskAreaId() : null;
	}

	void place(int position, int depth) {
		this.position = position;
		this.depth = depth;
	}

	CriterionView view(boolean leaf) {
		return new CriterionView(id, position, depth, number, text, kind, maxPoints, pointsPerOccurrence, guidance,
				evidenceExpected, leaf, getVersion(), rule, taskAreaId);
	}

	private static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public int getPosition() {
		return position;
	}
}
