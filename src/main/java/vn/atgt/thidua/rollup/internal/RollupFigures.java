package vn.atgt.thidua.rollup.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.Comparison;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.rollup.Participation;

/**
 * The roll-up's sums, two statements whatever the number of child campaigns (the module's package-info lists the
 * tables read). Accidents follow the accident module's comparison: confirmed months only, a campaign month is one
 * whose accident period ends within the campaign's dates, its baseline the same month shifted by the years between the
 * campaign's start and its baseline year; no baseline side while one of those baseline months is missing (no figures is
 * not zero figures).
 */
@Component
public class RollupFigures {

	private static final String CAMPAIGNS = """
			select ca.id, l.name as level_name, a.name as area_name,
			  ca.goal_reduce_cases, ca.goal_reduce_deaths, ca.goal_reduce_injured, ca.goal_reduce_drink_driving,
			  ca.goal_no_especially_serious, ca.goal_no_commercial_transport,
			  (select count(*) from campaign_participants p where p.campaign_id = ca.id and p.left_on is null) as units,
			  (select count(*) from target_registrations r where r.campaign_id = ca.id
			     and r.first_submitted_at is not null) as registered,
			  (select count(*) from target_registrations r where r.campaign_id = ca.id and r.status = 'APPROVED')
			     as approved,
			  (select count(*) from campaign_periods pe join campaign_participants p on p.campaign_id = pe.campaign_id
			     where pe.campaign_id = ca.id and pe.baseline = false and pe.due_date < :today and p.left_on is null)
			     as reports_due,
			  (select count(*) from progress_reports r join campaign_periods pe on pe.id = r.period_id
			     where r.campaign_id = ca.id and pe.baseline = false and r.first_submitted_at is not null
			     and coalesce(r.late_days, 0) = 0) as on_time,
			  (select count(*) from progress_reports r join campaign_periods pe on pe.id = r.period_id
			     where r.campaign_id = ca.id and pe.baseline = false and r.first_submitted_at is not null
			     and r.late_days > 0) as late
			from campaigns ca
			join committees co on co.id = ca.committee_id
			join areas a on a.id = co.area_id
			join area_levels l on l.id = a.level_id
			where ca.id in (:ids)
			""";

	private static final String CURRENT_SHEETS = """
			from campaigns ca
			join committees co on co.id = ca.committee_id
			join accident_sheets s on s.root_area_id = co.area_id and s.convention = ca.accident_convention
			  and s.status = 'CONFIRMED' and s.end_date between ca.start_date and ca.end_date
			""";

	private static final String SUMS = "count(distinct %1$s.id) as months, sum(%2$s.cases) as cases, "
			+ "sum(%2$s.deaths) as deaths, sum(%2$s.injured) as injured, sum(%2$s.drink_driving_cases) as drink, "
			+ "sum(%2$s.especially_serious_cases) as serious, sum(%2$s.commercial_transport_cases) as commercial, "
			+ "sum(%2$s.collisions) as collisions ";

	private static final String ACCIDENTS = "select 'C' as side, ca.id as campaign_id, " + SUMS.formatted("s", "cl")
			+ CURRENT_SHEETS + "join accident_sheet_lines cl on cl.sheet_id = s.id where ca.id in (:ids) group by ca.id "
			+ "union all select 'B' as side, ca.id as campaign_id, " + SUMS.formatted("b", "bl") + CURRENT_SHEETS
			+ "join accident_sheets b on b.root_area_id = s.root_area_id and b.convention = s.convention "
			+ "and b.status = 'CONFIRMED' and b.period_month = s.period_month "
			+ "and b.period_year = s.period_year - (extract(year from ca.start_date) - ca.baseline_year) "
			+ "join accident_sheet_lines bl on bl.sheet_id = b.id where ca.id in (:ids) group by ca.id";

	private final EntityManager entityManager;

	RollupFigures(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The figures of each campaign, by id (two statements, through the persistence context so that Hibernate's
	 * statistics count them with the page's others; none for no campaign).
	 */
	public Map<Long, ChildFigures> of(Collection<Long> campaignIds, LocalDate today) {
		Map<Long, ChildFigures> figures = new HashMap<>();
		if (campaignIds.isEmpty()) {
			return figures;
		}
		Map<Long, Sides> accidents = new HashMap<>();
		for (Tuple t : query(ACCIDENTS, campaignIds, null)) {
			Sides sides = accidents.computeIfAbsent(number(t, 1).longValue(), id -> new Sides());
			AccidentFigures sums = new AccidentFigures(number(t, 3).intValue(), number(t, 4).intValue(),
					number(t, 5).intValue(), number(t, 6).intValue(), number(t, 7).intValue(), number(t, 8).intValue(),
					number(t, 9).intValue(), null, null, null);
			if ("C".equals(String.valueOf(t.get(0)).strip())) {
				sides.currentMonths = number(t, 2).intValue();
				sides.current = sums;
			}
			else {
				sides.baselineMonths = number(t, 2).intValue();
				sides.baseline = sums;
			}
		}
		for (Tuple t : query(CAMPAIGNS, campaignIds, today)) {
			long id = number(t, 0).longValue();
			CampaignGoals goals = new CampaignGoals(bool(t, 3), bool(t, 4), bool(t, 5), bool(t, 6), bool(t, 7),
					bool(t, 8));
			Participation participation = new Participation(number(t, 9).intValue(), number(t, 10).intValue(),
					number(t, 11).intValue(), number(t, 12).intValue(), number(t, 13).intValue(),
					number(t, 14).intValue());
			figures.put(id, new ChildFigures(id, t.get(1) + " " + t.get(2), goals,
					accidents.getOrDefault(id, new Sides()).cumulative(), participation));
		}
		return figures;
	}

	@SuppressWarnings("unchecked")
	private List<Tuple> query(String sql, Collection<Long> ids, LocalDate today) {
		Query query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("ids", ids);
		if (today != null) {
			query.setParameter("today", today);
		}
		return query.getResultList();
	}

	private static Number number(Tuple t, int i) {
		Object value = t.get(i);
		return value == null ? 0 : (Number) value;
	}

	private static boolean bool(Tuple t, int i) {
		return Boolean.TRUE.equals(t.get(i));
	}

	/** The two sides of a campaign's comparison while they are read. */
	private static final class Sides {

		AccidentFigures current;
		AccidentFigures baseline;
		int currentMonths;
		int baselineMonths;

		Cumulative cumulative() {
			AccidentFigures base = current != null && baselineMonths == currentMonths ? baseline : null;
			return new Cumulative(new Comparison(current, base), currentMonths, currentMonths);
		}
	}
}
