package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.common.FieldException;

/**
 * What a campaign's launching plan says: its number, date and legal basis, title, theme, purpose and requirements, the
 * dates the movement runs, the baseline year the accidents are compared with, the accident goals it checks and the
 * accident-period convention. A value kept in the columns of {@code campaigns}: a change of the plan replaces it whole,
 * once it ends on or after it starts and its baseline year comes before the year it starts.
 */
@Embeddable
public class CampaignPlan {

	@Column(name = "plan_number", nullable = false, length = 50)
	private String planNumber;

	@Column(name = "plan_date", nullable = false)
	private LocalDate planDate;

	@Column(name = "legal_basis", length = 2000)
	private String legalBasis;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(length = 500)
	private String theme;

	@Column(length = 10000)
	private String purpose;

	@Column(length = 10000)
	private String requirements;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "baseline_year", nullable = false)
	private int baselineYear;

	@Column(name = "goal_reduce_cases", nullable = false)
	private boolean goalReduceCases;

	@Column(name = "goal_reduce_deaths", nullable = false)
	private boolean goalReduceDeaths;

	@Column(name = "goal_reduce_injured", nullable = false)
	private boolean goalReduceInjured;

	@Column(name = "goal_reduce_drink_driving", nullable = false)
	private boolean goalReduceDrinkDriving;

	@Column(name = "goal_no_especially_serious", nullable = false)
	private boolean goalNoEspeciallySerious;

	@Column(name = "goal_no_commercial_transport", nullable = false)
	private boolean goalNoCommercialTransport;

	@Enumerated(EnumType.STRING)
	@Column(name = "accident_convention", nullable = false, length = 20)
	private AccidentPeriodConvention accidentConvention;

	protected CampaignPlan() {
	}

	/**
	 * The plan the standing office entered.
	 * @throws FieldException {@code campaign.endDate.beforeStart} beside the end date,
	 *         {@code campaign.baselineYear.notBefore} beside the baseline year
	 */
	static CampaignPlan of(CampaignCommand d) {
		if (d.endDate().isBefore(d.startDate())) {
			throw new FieldException("endDate", "campaign.endDate.beforeStart");
		}
		if (d.baselineYear() >= d.startDate().getYear()) {
			throw new FieldException("baselineYear", "campaign.baselineYear.notBefore", d.startDate().getYear());
		}
		CampaignPlan plan = new CampaignPlan();
		plan.planNumber = d.planNumber();
		plan.planDate = d.planDate();
		plan.legalBasis = d.legalBasis();
		plan.title = d.title();
		plan.theme = d.theme();
		plan.purpose = d.purpose();
		plan.requirements = d.requirements();
		plan.startDate = d.startDate();
		plan.endDate = d.endDate();
		plan.baselineYear = d.baselineYear();
		CampaignGoals goals = d.goals();
		plan.goalReduceCases = goals.reduceCases();
		plan.goalReduceDeaths = goals.reduceDeaths();
		plan.goalReduceInjured = goals.reduceInjured();
		plan.goalReduceDrinkDriving = goals.reduceDrinkDrivingAccidents();
		plan.goalNoEspeciallySerious = goals.noEspeciallySeriousAccident();
		plan.goalNoCommercialTransport = goals.noCommercialTransportAccident();
		plan.accidentConvention = d.accidentConvention();
		return plan;
	}

	public String getPlanNumber() {
		return planNumber;
	}

	public LocalDate getPlanDate() {
		return planDate;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public String getTitle() {
		return title;
	}

	public String getTheme() {
		return theme;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getRequirements() {
		return requirements;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public int getBaselineYear() {
		return baselineYear;
	}

	public CampaignGoals getGoals() {
		return new CampaignGoals(goalReduceCases, goalReduceDeaths, goalReduceInjured, goalReduceDrinkDriving,
				goalNoEspeciallySerious, goalNoCommercialTransport);
	}

	public AccidentPeriodConvention getAccidentConvention() {
		return accidentConvention;
	}
}
