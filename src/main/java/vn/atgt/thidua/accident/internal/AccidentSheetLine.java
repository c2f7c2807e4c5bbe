package vn.atgt.thidua.accident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.common.persistence.AuditedEntity;

/** One area's figures in a month's sheet (the area by id: areas belong to the unit module). */
@Entity
@Table(name = "accident_sheet_lines")
public class AccidentSheetLine extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sheet_id", updatable = false)
	private AccidentSheet sheet;

	@Column(name = "area_id", nullable = false, updatable = false)
	private Long areaId;

	@Column(nullable = false)
	private int cases;

	@Column(nullable = false)
	private int deaths;

	@Column(nullable = false)
	private int injured;

	@Column(name = "drink_driving_cases", nullable = false)
	private int drinkDrivingCases;

	@Column(name = "especially_serious_cases", nullable = false)
	private int especiallySeriousCases;

	@Column(name = "commercial_transport_cases", nullable = false)
	private int commercialTransportCases;

	@Column(nullable = false)
	private int collisions;

	@Column(name = "very_serious_cases")
	private Integer verySeriousCases;

	@Column(name = "serious_cases")
	private Integer seriousCases;

	@Column(name = "less_serious_cases")
	private Integer lessSeriousCases;

	protected AccidentSheetLine() {
	}

	AccidentSheetLine(AccidentSheet sheet, Long areaId, AccidentFigures figures) {
		this.sheet = sheet;
		this.areaId = areaId;
		update(figures);
	}

	void update(AccidentFigures f) {
		if (!f.problems(Integer.MAX_VALUE).isEmpty()) {
			throw new IllegalArgumentException("figures with problems: " + f);
		}
		this.cases = f.cases();
		this.deaths = f.deaths();
		this.injured = f.injured();
		this.drinkDrivingCases = f.drinkDrivingCases();
		this.especiallySeriousCases = f.especiallySeriousCases();
		this.commercialTransportCases = f.commercialTransportCases();
		this.collisions = f.collisions();
		this.verySeriousCases = f.verySeriousCases();
		this.seriousCases = f.seriousCases();
		this.lessSeriousCases = f.lessSeriousCases();
	}

	public Long getId() {
		return id;
	}

	public Long getAreaId() {
		return areaId;
	}

	public AccidentFigures figures() {
		return new AccidentFigures(cases, deaths, injured, drinkDrivingCases, especiallySeriousCases,
				commercialTransportCases, collisions, verySeriousCases, seriousCases, lessSeriousCases);
	}
}
