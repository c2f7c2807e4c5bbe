package vn.atgt.thidua.exemplar.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.exemplar.ExemplarCommand;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarRules;
import vn.atgt.thidua.exemplar.ExemplarStatus;

/**
 * An exemplary model or good deed of a unit in a campaign, and the rules of its workflow: it changes only while a draft
 * or returned; the unit proposes it; the office recognises a proposed one or returns it with a reason; only a
 * recognised one may be published (the public page shows what the office vouched for). A good deed names its person;
 * values before and after need the indicator they measure. Every step is in its history with who, when and why.
 */
@Entity
@Table(name = "exemplars")
public class Exemplar extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExemplarKind kind;

	@Column(nullable = false, length = ExemplarRules.TITLE_MAX)
	private String title;

	@Column(name = "person_name", length = ExemplarRules.PERSON_MAX)
	private String personName;

	@Column(nullable = false, length = ExemplarRules.TEXT_MAX)
	private String description;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	@Column(length = ExemplarRules.INDICATOR_MAX)
	private String indicator;

	@Column(name = "value_before", precision = 15, scale = 2)
	private BigDecimal valueBefore;

	@Column(name = "value_after", precision = 15, scale = 2)
	private BigDecimal valueAfter;

	@Column(length = ExemplarRules.TEXT_MAX)
	private String results;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExemplarStatus status;

	@Column(name = "return_reason", length = ExemplarRules.REASON_MAX)
	private String returnReason;

	@Column(nullable = false)
	private boolean publishable;

	@Column(nullable = false, updatable = false)
	private boolean sample;

	@OneToMany(mappedBy = "exemplar", cascade = CascadeType.PERSIST)
	private List<ExemplarTransition> transitions = new ArrayList<>();

	protected Exemplar() {
	}

	public Exemplar(Long campaignId, Long unitId, ExemplarCommand command, boolean sample, Actor actor) {
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.sample = sample;
		this.status = ExemplarStatus.DRAFT;
		apply(command);
		transitions.add(new ExemplarTransition(this, null, ExemplarStatus.DRAFT, null, actor));
	}

	/**
	 * Changes what the unit wrote.
	 * @throws DomainException {@code exemplar.notEditable} unless a draft or returned
	 */
	public void update(ExemplarCommand command) {
		requireEditable();
		apply(command);
	}

	/** The unit sends it to the office. */
	public void propose(Actor actor) {
		requireEditable();
		move(ExemplarStatus.PROPOSED, null, actor);
	}

	/** The office recognises a proposed exemplar, publishable or not. */
	public void recognise(boolean publish, Actor actor) {
		requireStatus(ExemplarStatus.PROPOSED);
		move(ExemplarStatus.RECOGNISED, null, actor);
		this.returnReason = null;
		this.publishable = publish;
	}

	/** The office returns a proposed exemplar with the reason the unit reads beside it. */
	public void returnWith(String reason, Actor actor) {
		requireStatus(ExemplarStatus.PROPOSED);
		String why = ExemplarRules.clean(reason);
		if (why == null) {
			throw new FieldException("reason", "validation.reasonRequired");
		}
		move(ExemplarStatus.RETURNED, why, actor);
		this.returnReason = why;
	}

	/** Flags a recognised exemplar for the public page, or takes it off. */
	public void setPublishable(boolean publish) {
		if (publish && status != ExemplarStatus.RECOGNISED) {
			throw new DomainException("exemplar.publish.notRecognised");
		}
		this.publishable = publish;
	}

	/**
	 * Photos are added and removed only while the unit may still change the exemplar.
	 * @throws DomainException {@code exemplar.notEditable} otherwise
	 */
	public void requireEditable() {
		if (!status.editable()) {
			throw new DomainException("exemplar.notEditable");
		}
	}

	private void apply(ExemplarCommand c) {
		if (c.kind() == ExemplarKind.GOOD_DEED && ExemplarRules.clean(c.personName()) == null) {
			throw new FieldException("personName", "exemplar.personName.required");
		}
		if ((c.valueBefore() != null || c.valueAfter() != null) && ExemplarRules.clean(c.indicator()) == null) {
			throw new FieldException("indicator", "exemplar.indicator.required");
		}
		this.kind = c.kind();
		this.title = c.title().strip();
		this.personName = ExemplarRules.clean(c.personName());
		this.description = c.description().strip();
		this.startedOn = c.startedOn();
		this.indicator = ExemplarRules.clean(c.indicator());
		this.valueBefore = c.valueBefore();
		this.valueAfter = c.valueAfter();
		this.results = ExemplarRules.clean(c.results());
	}

	private void move(ExemplarStatus to, String reason, Actor actor) {
		transitions.add(new ExemplarTransition(this, status, to, reason, actor));
		this.status = to;
	}

	private void requireStatus(ExemplarStatus expected) {
		if (status != expected) {
			throw new DomainException("exemplar.wrongStatus");
		}
	}

	/** The details as the form and the page show them. */
	public ExemplarCommand details() {
		return new ExemplarCommand(kind, title, personName, description, startedOn, indicator, valueBefore,
				valueAfter, results);
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getTitle() {
		return title;
	}

	public ExemplarStatus getStatus() {
		return status;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public boolean isPublishable() {
		return publishable;
	}

	public boolean isSample() {
		return sample;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}
}
