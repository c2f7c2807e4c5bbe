package vn.atgt.thidua.registration.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.registration.SuggestedIndicatorCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/**
 * An indicator the standing office suggests under a task area (by id). Once a unit picked it, what makes targets
 * summable (task area, name, unit of measure, direction) is fixed; only the guidance may still change.
 */
@Entity
@Table(name = "suggested_indicators")
public class SuggestedIndicator extends AuditedEntity {

	public static final int NAME_MAX = 300;
	public static final int GUIDANCE_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "task_area_id", nullable = false)
	private Long taskAreaId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(name = "unit_of_measure", nullable = false, length = 50)
	private String unitOfMeasure;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TargetDirection direction;

	@Column(length = GUIDANCE_MAX)
	private String guidance;

	protected SuggestedIndicator() {
	}

	public SuggestedIndicator(Long campaignId, int position, SuggestedIndicatorCommand command) {
		this.campaignId = Objects.requireNonNull(campaignId);
		this.position = position;
		apply(command);
	}

	/** Changes the suggestion; {@code inUse}: some unit picked it, so only its guidance may change. */
	public void update(SuggestedIndicatorCommand command, boolean inUse, int positionIfMoved) {
		if (inUse && (!taskAreaId.equals(command.taskAreaId()) || !name.equals(command.name().strip())
				|| !unitOfMeasure.equals(command.unitOfMeasure().strip()) || direction != command.direction())) {
			throw new FieldException("name", "suggestion.inUse.locked");
		}
		if (!taskAreaId.equals(command.taskAreaId())) {
			position = positionIfMoved;
		}
		apply(command);
	}

	private void apply(SuggestedIndicatorCommand c) {
		this.taskAreaId = Objects.requireNonNull(c.taskAreaId());
		this.name = c.name().strip();
		this.unitOfMeasure = c.unitOfMeasure().strip();
		this.direction = Objects.requireNonNull(c.direction());
		this.guidance = c.guidance() == null || c.guidance().isBlank() ? null : c.guidance().strip();
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getTaskAreaId() {
		return taskAreaId;
	}

	public String getName() {
		return name;
	}
}
