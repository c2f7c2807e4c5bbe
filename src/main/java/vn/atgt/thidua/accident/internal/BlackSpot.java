package vn.atgt.thidua.accident.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.BlackSpotCommand;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.common.text.SearchText;

/**
 * A point of the committee's register (black spot, potential accident point, illegal opening, encroachment) and the
 * rules of its treatment: the status moves one step at a time (identified → being treated → treated → monitoring, and
 * back to being treated when accidents recur), each move with a note, and the criterion keeps the rule in force on
 * the day the point was identified.
 */
@Entity
@Table(name = "black_spots")
public class BlackSpot extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "committee_id", nullable = false, updatable = false)
	private Long committeeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private BlackSpotKind kind;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(length = 100)
	private String route;

	@Column(name = "km_marker", length = 30)
	private String kmMarker;

	@Column(name = "area_id")
	private Long areaId;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(name = "identified_on", nullable = false)
	private LocalDate identifiedOn;

	@Column(name = "rule_id")
	private Long ruleId;

	@Column(length = 1000)
	private String criterion;

	@Column(name = "accident_history", length = 4000)
	private String accidentHistory;

	@Column(length = 4000)
	private String cause;

	@Column(length = 4000)
	private String measures;

	@Column(name = "responsible_unit_id")
	private Long responsibleUnitId;

	@Column(precision = 15, scale = 0)
	private BigDecimal cost;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BlackSpotStatus status;

	@Column(name = "search_key", nullable = false, length = 600)
	private String searchKey;

	@OneToMany(mappedBy = "blackSpot", cascade = CascadeType.PERSIST)
	private List<BlackSpotTransition> history = new ArrayList<>();

	protected BlackSpot() {
	}

	/** A newly identified point; {@code ruleId} is the black-spot rule in force that day (null for other kinds). */
	public BlackSpot(Long committeeId, BlackSpotCommand command, Long ruleId, Actor actor) {
		this.committeeId = Objects.requireNonNull(committeeId);
		this.status = BlackSpotStatus.IDENTIFIED;
		update(command, ruleId);
		history.add(new BlackSpotTransition(this, null, status, null, actor));
	}

	/** Changes what the register says of the point (not its status). */
	public void update(BlackSpotCommand c, Long ruleId) {
		if (c.deadline() != null && c.deadline().isBefore(c.identifiedOn())) {
			throw new FieldException("deadline", "blackSpot.deadline.beforeIdentified");
		}
		this.kind = c.kind();
		this.name = c.name();
		this.route = c.route();
		this.kmMarker = c.kmMarker();
		this.areaId = c.areaId();
		this.latitude = c.latitude();
		this.longitude = c.longitude();
		this.identifiedOn = c.identifiedOn();
		this.ruleId = c.kind().isRuled() ? ruleId : null;
		this.criterion = c.criterion();
		this.accidentHistory = c.accidentHistory();
		this.cause = c.cause();
		this.measures = c.measures();
		this.responsibleUnitId = c.responsibleUnitId();
		this.cost = c.cost();
		this.deadline = c.deadline();
	}

	/**
	 * Moves the point to the next status of its treatment, saying what was done.
	 * @throws DomainException {@code blackSpot.status.notAllowed} for any other move, {@code blackSpot.note.required}
	 *         without a note
	 */
	public void moveTo(BlackSpotStatus next, String note, Actor actor) {
		if (!status.canMoveTo(next)) {
			throw new DomainException("blackSpot.status.notAllowed");
		}
		if (note == null || note.isBlank()) {
			throw new FieldException("note", "blackSpot.note.required");
		}
		history.add(new BlackSpotTransition(this, status, next, note.strip(), actor));
		status = next;
	}

	@PrePersist
	@PreUpdate
	void refreshSearchKey() {
		searchKey = SearchText.key(String.join(" ", name, blank(route), blank(kmMarker), blank(criterion)));
		if (searchKey.length() > 600) {
			searchKey = searchKey.substring(0, 600);
		}
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

	public Long getId() {
		return id;
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public BlackSpotKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getRoute() {
		return route;
	}

	public String getKmMarker() {
		return kmMarker;
	}

	public Long getAreaId() {
		return areaId;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public LocalDate getIdentifiedOn() {
		return identifiedOn;
	}

	public Long getRuleId() {
		return ruleId;
	}

	public String getCriterion() {
		return criterion;
	}

	public String getAccidentHistory() {
		return accidentHistory;
	}

	public String getCause() {
		return cause;
	}

	public String getMeasures() {
		return measures;
	}

	public Long getResponsibleUnitId() {
		return responsibleUnitId;
	}

	public BigDecimal getCost() {
		return cost;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public BlackSpotStatus getStatus() {
		return status;
	}
}
