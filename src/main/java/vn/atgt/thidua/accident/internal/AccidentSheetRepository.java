package vn.atgt.thidua.accident.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.accident.SheetHistoryRow;
import vn.atgt.thidua.campaign.AccidentPeriodConvention;

/**
 * Months are named by their key {@code year * 100 + month} (202407) in the queries over many months, which read the
 * months from {@code first} to {@code last} (keys): a range rather than a list of keys, whose statement Hibernate
 * translated again at every call (a list parameter keeps a query from its plan cache; 6 % of the dashboard's CPU).
 */
public interface AccidentSheetRepository extends JpaRepository<AccidentSheet, Long> {

	@Query("select s from AccidentSheet s where s.rootAreaId = :rootAreaId and s.convention = :convention "
			+ "and s.periodYear = :year and s.periodMonth = :month")
	Optional<AccidentSheet> find(@Param("rootAreaId") Long rootAreaId,
			@Param("convention") AccidentPeriodConvention convention, @Param("year") int year,
			@Param("month") int month);

	@Query("select new vn.atgt.thidua.accident.internal.SheetStatusRow(s.periodYear, s.periodMonth, s.status, s.scope) "
			+ "from AccidentSheet s where s.rootAreaId = :rootAreaId and s.convention = :convention "
			+ "and (s.periodYear * 100 + s.periodMonth) between :first and :last")
	List<SheetStatusRow> statuses(@Param("rootAreaId") Long rootAreaId,
			@Param("convention") AccidentPeriodConvention convention, @Param("first") int first, @Param("last") int last);

	@Query("select new vn.atgt.thidua.accident.internal.SheetLineRow(s.periodYear, s.periodMonth, s.scope, l.areaId, "
			+ "l.cases, l.deaths, l.injured, l.drinkDrivingCases, l.especiallySeriousCases, l.commercialTransportCases, "
			+ "l.collisions, l.verySeriousCases, l.seriousCases, l.lessSeriousCases) "
			+ "from AccidentSheetLine l join l.sheet s where s.rootAreaId = :rootAreaId and s.convention = :convention "
			+ "and s.status = vn.atgt.thidua.accident.SheetStatus.CONFIRMED "
			+ "and (s.periodYear * 100 + s.periodMonth) between :first and :last")
	List<SheetLineRow> confirmedLines(@Param("rootAreaId") Long rootAreaId,
			@Param("convention") AccidentPeriodConvention convention, @Param("first") int first, @Param("last") int last);

	/**
	 * {@link #confirmedLines} of these areas only (the comparison page's page of communes: 20 areas' lines rather
	 * than a province's 4,000).
	 */
	@Query("select new vn.atgt.thidua.accident.internal.SheetLineRow(s.periodYear, s.periodMonth, s.scope, l.areaId, "
			+ "l.cases, l.deaths, l.injured, l.drinkDrivingCases, l.especiallySeriousCases, l.commercialTransportCases, "
			+ "l.collisions, l.verySeriousCases, l.seriousCases, l.lessSeriousCases) "
			+ "from AccidentSheetLine l join l.sheet s where s.rootAreaId = :rootAreaId and s.convention = :convention "
			+ "and s.status = vn.atgt.thidua.accident.SheetStatus.CONFIRMED "
			+ "and (s.periodYear * 100 + s.periodMonth) between :first and :last and l.areaId in :areaIds")
	List<SheetLineRow> confirmedLinesOf(@Param("rootAreaId") Long rootAreaId,
			@Param("convention") AccidentPeriodConvention convention, @Param("first") int first, @Param("last") int last,
			@Param("areaIds") Collection<Long> areaIds);

	/**
	 * Each month's confirmed lines summed ({@link #confirmedLines} added up by the database: a province's 170 areas ×
	 * 24 months were 4,000 rows for 24 sums, a quarter of the dashboard's CPU).
	 */
	@Query("select new vn.atgt.thidua.accident.internal.SheetMonthSum(s.periodYear, s.periodMonth, sum(l.cases), "
			+ "sum(l.deaths), sum(l.injured), sum(l.drinkDrivingCases), sum(l.especiallySeriousCases), "
			+ "sum(l.commercialTransportCases), sum(l.collisions), "
			+ "case when count(l.verySeriousCases) = count(l) then sum(l.verySeriousCases) end, "
			+ "case when count(l.seriousCases) = count(l) then sum(l.seriousCases) end, "
			+ "case when count(l.lessSeriousCases) = count(l) then sum(l.lessSeriousCases) end) "
			+ "from AccidentSheetLine l join l.sheet s where s.rootAreaId = :rootAreaId and s.convention = :convention "
			+ "and s.status = vn.atgt.thidua.accident.SheetStatus.CONFIRMED "
			+ "and (s.periodYear * 100 + s.periodMonth) between :first and :last group by s.periodYear, s.periodMonth")
	List<SheetMonthSum> confirmedMonthSums(@Param("rootAreaId") Long rootAreaId,
			@Param("convention") AccidentPeriodConvention convention, @Param("first") int first, @Param("last") int last);

	@Query("select new vn.atgt.thidua.accident.SheetHistoryRow(t.action, t.fromStatus, t.toStatus, t.reason, "
			+ "t.changedAt, t.changedBy, t.changedByName) from AccidentSheetTransition t where t.sheet.id = :sheetId "
			+ "order by t.changedAt, t.id")
	List<SheetHistoryRow> history(@Param("sheetId") Long sheetId);
}
