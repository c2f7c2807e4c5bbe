package vn.atgt.thidua.scoring.internal;

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
import vn.atgt.thidua.scoring.ExclusionView;

/** An exclusion condition of a score table (điều kiện không xét phân loại). */
@Entity
@Table(name = "score_exclusions")
public class ScoreExclusion extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "table_id", updatable = false)
	private ScoreTable table;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 1000)
	private String text;

	protected ScoreExclusion() {
	}

	ScoreExclusion(ScoreTable table, int position, String text) {
		this.table = table;
		this.position = position;
		this.text = text;
	}

	ExclusionView view() {
		return new ExclusionView(id, position, text);
	}

	public Long getId() {
		return id;
	}
}
