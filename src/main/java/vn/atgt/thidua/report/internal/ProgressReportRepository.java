package vn.atgt.thidua.report.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.report.AcceptedNarrative;
import vn.atgt.thidua.report.NarrativeView;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.report.ReportTransitionRow;
import vn.atgt.thidua.report.ReviewRow;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	/**
	 * The report to change: its version is raised at commit whatever part changes (an entry, a narrative, evidence),
	 * so that a save made from an older page, or at the same moment by someone else, is refused.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select r from ProgressReport r where r.id = :id")
	Optional<ProgressReport> forChange(@Param("id") Long id);

	@Query("select r.id from ProgressReport r where r.periodId = :periodId and r.unitId = :unitId")
	Optional<Long> idOf(@Param("periodId") Long periodId, @Param("unitId") Long unitId);

	@Query("select new vn.atgt.thidua.report.internal.ReportHeader(r.id, r.campaignId, r.periodId, r.unitId, r.status, "
			+ "r.difficulties, r.proposals, r.officeNote, r.firstSubmittedAt, r.lastSubmittedAt, r.lateDays, "
			+ "r.decidedAt, r.reopened, r.version) from ProgressReport r where r.id = :id")
	Optional<ReportHeader> header(@Param("id") Long id);

	@Query("select new vn.atgt.thidua.report.internal.EntryRow(e.id, e.targetId, e.periodValue, e.milestoneDone, "
			+ "e.comment, e.reviewComment) from ProgressEntry e where e.report.id = :reportId order by e.id")
	List<EntryRow> entries(@Param("reportId") Long reportId);

	@Query("select new vn.atgt.thidua.report.NarrativeView(n.taskAreaId, n.activities, n.results, n.difficulties, "
			+ "n.proposals) from ReportNarrative n where n.report.id = :reportId")
	List<NarrativeView> narratives(@Param("reportId") Long reportId);

	@Query("select new vn.atgt.thidua.report.AcceptedNarrative(n.id, r.id, r.unitId, r.periodId, n.taskAreaId, "
			+ "n.activities, n.results) from ReportNarrative n join n.report r where r.campaignId = :campaignId "
			+ "and r.status = :status and (n.activities is not null or n.results is not null) "
			+ "order by r.periodId, r.unitId, n.taskAreaId")
	List<AcceptedNarrative> narrativesOfCampaign(@Param("campaignId") Long campaignId,
			@Param("status") ReportStatus status);

	@Query("select new vn.atgt.thidua.report.ReportTransitionRow(t.action, t.fromStatus, t.toStatus, t.reason, "
			+ "t.lateDays, t.changedAt, t.changedBy, t.changedByName) from ReportTransition t "
			+ "where t.report.id = :reportId order by t.changedAt, t.id")
	List<ReportTransitionRow> history(@Param("reportId") Long reportId);

	String STATUS_ROW = "select new vn.atgt.thidua.report.ReportStatusRow(r.id, r.unitId, r.periodId, r.status, "
			+ "r.firstSubmittedAt, r.lastSubmittedAt, r.lateDays, r.decidedAt) from ProgressReport r ";

	@Query(STATUS_ROW + "where r.campaignId = :campaignId order by r.unitId, r.periodId")
	List<ReportStatusRow> statuses(@Param("campaignId") Long campaignId);

	@Query(STATUS_ROW + "where r.campaignId = :campaignId and r.unitId = :unitId order by r.periodId")
	List<ReportStatusRow> statusesOfUnit(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query(STATUS_ROW + "where r.campaignId = :campaignId and r.unitId in :unitIds order by r.unitId, r.periodId")
	List<ReportStatusRow> statusesOfUnits(@Param("campaignId") Long campaignId,
			@Param("unitIds") Collection<Long> unitIds);

	/**
	 * Where the reports of the given units for the given periods stand: the reports of a page of the list of reports,
	 * its rows chosen in Java from the campaign's participants as kept ({@code ReportQueries.overview}); found by the
	 * unique (period, unit) index, at most the page's units × its periods (one or two) rows.
	 */
	@Query(STATUS_ROW + "where r.campaignId = :campaignId and r.periodId in :periodIds and r.unitId in :unitIds")
	List<ReportStatusRow> statusesOfRows(@Param("campaignId") Long campaignId,
			@Param("periodIds") Collection<Long> periodIds, @Param("unitIds") Collection<Long> unitIds);

	/** Where the given reports stand (the reports of a page of the list). */
	@Query(STATUS_ROW + "where r.id in :ids")
	List<ReportStatusRow> statusesOf(@Param("ids") Collection<Long> ids);

	/**
	 * One page of the submitted reports of a campaign, oldest submission first, with their unit's name: each filter
	 * applies unless its {@code any…} flag is set; {@code pattern} is a LIKE pattern on the unit's accent-free search
	 * key ({@code %} for every unit); the task area keeps reports with an entry on an approved target under it or a
	 * narrative under it. {@code size} rows from {@code offset}; {@link #queueCount} counts them, {@link #queueRows}
	 * reads the rows' figures. The page is chosen among the reports first and only its rows look their unit's name up
	 * (issue 19: joined before the page, each of the campaign's 401 submitted reports at province scale probed the
	 * units, 1,609 buffers a view; the units are read only to match words of a name).
	 */
	@Query(nativeQuery = true, value = """
			SELECT x.id AS "reportId", u.name AS "unitName"
			FROM (SELECT r.id, r.unit_id, r.last_submitted_at
			""" + QUEUE_FROM + """
			      ORDER BY r.last_submitted_at, r.id
			      LIMIT :size OFFSET :offset) x
			JOIN units u ON u.id = x.unit_id
			ORDER BY x.last_submitted_at, x.id""")
	List<QueueRow> queue(@Param("campaignId") Long campaignId, @Param("anyPeriod") boolean anyPeriod,
			@Param("periodId") Long periodId, @Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId,
			@Param("pattern") String pattern, @Param("anyArea") boolean anyArea, @Param("taskAreaId") Long taskAreaId,
			@Param("offset") long offset, @Param("size") int size);

	/** How many reports the queue's filters keep (as {@link #queue}). */
	@Query(nativeQuery = true, value = "SELECT COUNT(*) " + QUEUE_FROM)
	long queueCount(@Param("campaignId") Long campaignId, @Param("anyPeriod") boolean anyPeriod,
			@Param("periodId") Long periodId, @Param("anyUnit") boolean anyUnit, @Param("unitId") Long unitId,
			@Param("pattern") String pattern, @Param("anyArea") boolean anyArea, @Param("taskAreaId") Long taskAreaId);

	/** The submitted reports the queue's filters keep: the unit's name matched only when words of it are given. */
	String QUEUE_FROM = """
			FROM progress_reports r
			WHERE r.campaign_id = :campaignId AND r.status = 'SUBMITTED'
			  AND (:anyPeriod = TRUE OR r.period_id = :periodId)
			  AND (:anyUnit = TRUE OR r.unit_id = :unitId)
			  AND (:pattern = '%' OR EXISTS (SELECT 1 FROM units u WHERE u.id = r.unit_id AND u.search_key LIKE :pattern))
			  AND (:anyArea = TRUE
			       OR EXISTS (SELECT 1 FROM progress_entries e JOIN targets t ON t.id = e.target_id
			                  JOIN target_registrations g ON g.id = t.registration_id AND g.status = 'APPROVED'
			                  WHERE e.report_id = r.id AND t.task_area_id = :taskAreaId)
			       OR EXISTS (SELECT 1 FROM report_narratives n WHERE n.report_id = r.id AND n.task_area_id = :taskAreaId
			                  AND (n.activities IS NOT NULL OR n.results IS NOT NULL OR n.difficulties IS NOT NULL
			                       OR n.proposals IS NOT NULL)))
			""";

	/**
	 * The queue's rows for these reports, with their counts of entries and evidence ({@code unitName} and the
	 * period's fields are filled in by the caller), in no particular order.
	 */
	@Query("select new vn.atgt.thidua.report.ReviewRow(r.id, r.unitId, null, r.periodId, null, null, "
			+ "r.firstSubmittedAt, r.lastSubmittedAt, r.lateDays, "
			+ "(select count(e) from ProgressEntry e where e.report = r), "
			+ "(select count(v) from ReportEvidence v where v.reportId = r.id), r.version) "
			+ "from ProgressReport r where r.id in :ids")
	List<ReviewRow> queueRows(@Param("ids") Collection<Long> ids);

	/**
	 * What the accepted reports of a unit for the periods of one cadence that began before {@code before} add up to,
	 * per target. It reads the campaign module's periods table for the cadence and order of the periods.
	 */
	@Query(nativeQuery = true, value = """
			SELECT e.target_id AS "targetId",
			       SUM(e.period_value) AS "total",
			       MAX(CASE WHEN e.milestone_done THEN 1 ELSE 0 END) = 1 AS "done",
			       (SELECT e2.period_value FROM progress_entries e2
			          JOIN progress_reports r2 ON r2.id = e2.report_id
			          JOIN campaign_periods p2 ON p2.id = r2.period_id
			        WHERE e2.target_id = e.target_id AND r2.unit_id = r.unit_id AND r2.campaign_id = r.campaign_id
			          AND r2.status = 'ACCEPTED' AND p2.cadence = :cadence AND p2.start_date < :before
			          AND p2.baseline = FALSE AND e2.period_value IS NOT NULL
			        ORDER BY p2.start_date DESC LIMIT 1) AS "latestValue"
			FROM progress_entries e
			JOIN progress_reports r ON r.id = e.report_id
			JOIN campaign_periods p ON p.id = r.period_id
			WHERE r.campaign_id = :campaignId AND r.unit_id = :unitId AND r.status = 'ACCEPTED'
			  AND p.cadence = :cadence AND p.start_date < :before AND p.baseline = FALSE
			GROUP BY e.target_id, r.unit_id, r.campaign_id""")
	List<EarlierSum> earlier(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId,
			@Param("cadence") String cadence, @Param("before") LocalDate before);

	/**
	 * The rows of the list of reports (DESIGN.md §4: participants × periods, with the report where there is one): a
	 * participating unit and a reporting period it takes part in ({@code ParticipantView.participatesIn}: it joined by
	 * the period's last day and had not left before its first), for periods begun by {@code today} or the one asked
	 * for, latest period first (finer cadence first), then the units in the campaign's order (agencies, communes,
	 * organisations, each by name); {@code size} rows from {@code offset}. Each filter applies unless its {@code any…}
	 * flag is set. One statement reads the page: the join of the campaign module's participants and periods and the
	 * unit module's names is what lets SQL page the list. Every status: the page is chosen first and only its rows
	 * look their report up (a probe for each of the 2,000 rows ordered was half the page's reads at province scale,
	 * 12,800 buffers read down to 6,100, 10 ms of PostgreSQL to 4); of one status, {@link #overviewOfStatus}. How
	 * many rows there are is the status counts' sum (or their count of the status filtered) unless a unit is
	 * filtered, else {@link #overviewCount}. (Where each report stands is read by {@link #statusesOf}: the same
	 * columns in JPQL, typed alike on every database.) Used when a unit or words of its name are filtered: the list
	 * filtered by period only is paged in Java from the participants kept in order, its reports read by
	 * {@link #statusesOfRows} (67 buffers instead of this statement's 6,137 at province scale).
	 */
	@Query(nativeQuery = true, value = """
			SELECT x.unit_id AS "unitId", x.unit_name AS "unitName", x.unit_kind AS "unitKind", x.period_id AS "periodId",
			       r.id AS "reportId"
			FROM (SELECT cp.unit_id, u.name AS unit_name, u.kind AS unit_kind, p.id AS period_id, p.start_date, """
			+ CADENCE_ORDER + " AS cadence_order, " + KIND_ORDER + " AS kind_order\n" + OVERVIEW_FROM + """
			      WHERE cp.campaign_id = :campaignId
			        AND (p.start_date <= :today OR p.id = :periodId)
			        AND (:anyPeriod = TRUE OR p.id = :periodId)
			        AND (:anyUnit = TRUE OR cp.unit_id = :unitId)
			        AND u.search_key LIKE :pattern
			      ORDER BY p.start_date DESC, cadence_order, kind_order, u.name, u.id, p.id
			      LIMIT :size OFFSET :offset) x
			LEFT JOIN progress_reports r ON r.period_id = x.period_id AND r.unit_id = x.unit_id
			ORDER BY x.start_date DESC, x.cadence_order, x.kind_order, x.unit_name, x.unit_id, x.period_id""")
	List<OverviewRow> overview(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("anyPeriod") boolean anyPeriod, @Param("periodId") Long periodId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId, @Param("pattern") String pattern, @Param("offset") long offset,
			@Param("size") int size);

	/** As {@link #overview}, the rows of one status ({@code NOT_STARTED}: no report) only. */
	@Query(nativeQuery = true, value = OVERVIEW_SELECT + OVERVIEW_FROM + OVERVIEW_WITH_REPORT + OVERVIEW_FILTERS
			+ "ORDER BY p.start_date DESC, " + CADENCE_ORDER + ", " + KIND_ORDER + ", u.name, u.id, p.id")
	List<OverviewRow> overviewOfStatus(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("anyPeriod") boolean anyPeriod, @Param("periodId") Long periodId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId, @Param("pattern") String pattern, @Param("anyStatus") boolean anyStatus,
			@Param("status") String status, Pageable pageable);

	String CADENCE_ORDER = """
			CASE p.cadence WHEN 'MONTHLY' THEN 0 WHEN 'QUARTERLY' THEN 1 WHEN 'HALF_YEARLY' THEN 2
			               WHEN 'YEARLY' THEN 3 ELSE 4 END""";

	String KIND_ORDER = """
			CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1 WHEN 'MASS_ORGANISATION' THEN 2
			            ELSE 3 END""";

	/** How many rows of the list of reports the filters keep (as {@link #overview}). */
	@Query(nativeQuery = true, value = "SELECT COUNT(*) " + OVERVIEW_FROM + OVERVIEW_WITH_REPORT + OVERVIEW_FILTERS)
	long overviewCount(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("anyPeriod") boolean anyPeriod, @Param("periodId") Long periodId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId, @Param("pattern") String pattern, @Param("anyStatus") boolean anyStatus,
			@Param("status") String status);

	/**
	 * How many rows of the list of reports have each status ({@code NOT_STARTED} for no report), over the periods
	 * {@link #overview} shows, filtered by period only (the summary above the list counts every unit and status).
	 * A report's campaign is its period's: {@code r.campaign_id = cp.campaign_id} changes no row, but without it the
	 * planner hashed every campaign's reports (117,200 at province scale: 90–300 ms a view, the list's p95 of seconds
	 * under load); with it, the campaign's only (12 ms, kept between views: {@code ReportQueries.overview}).
	 */
	@Query(nativeQuery = true, value = """
			SELECT COALESCE(r.status, 'NOT_STARTED') AS "status", COUNT(*) AS "rows"
			FROM campaign_participants cp
			JOIN units u ON u.id = cp.unit_id
			JOIN campaign_periods p ON p.campaign_id = cp.campaign_id AND p.baseline = FALSE
			     AND (cp.joined_on IS NULL OR cp.joined_on <= p.end_date)
			     AND (cp.left_on IS NULL OR cp.left_on >= p.start_date)
			LEFT JOIN progress_reports r ON r.period_id = p.id AND r.unit_id = cp.unit_id AND r.campaign_id = cp.campaign_id
			WHERE cp.campaign_id = :campaignId
			  AND (p.start_date <= :today OR p.id = :periodId)
			  AND (:anyPeriod = TRUE OR p.id = :periodId)
			GROUP BY COALESCE(r.status, 'NOT_STARTED')""")
	List<StatusCount> statusCounts(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("anyPeriod") boolean anyPeriod, @Param("periodId") Long periodId);

	String OVERVIEW_SELECT = """
			SELECT cp.unit_id AS "unitId", u.name AS "unitName", u.kind AS "unitKind", p.id AS "periodId",
			       r.id AS "reportId"
			""";

	/** Participants × the periods they take part in. */
	String OVERVIEW_FROM = """
			FROM campaign_participants cp
			JOIN units u ON u.id = cp.unit_id
			JOIN campaign_periods p ON p.campaign_id = cp.campaign_id AND p.baseline = FALSE
			     AND (cp.joined_on IS NULL OR cp.joined_on <= p.end_date)
			     AND (cp.left_on IS NULL OR cp.left_on >= p.start_date)
			""";

	/**
	 * With their report: found by the unique (period, unit) index, one probe per row (joined on the campaign too, as
	 * {@link #statusCounts}, the planner scanned each unit's reports of every period by (campaign, unit) and dropped
	 * the other periods': 20,450 rows read for a page's 2,001).
	 */
	String OVERVIEW_WITH_REPORT = """
			LEFT JOIN progress_reports r ON r.period_id = p.id AND r.unit_id = cp.unit_id
			""";

	String OVERVIEW_FILTERS = """
			WHERE cp.campaign_id = :campaignId
			  AND (p.start_date <= :today OR p.id = :periodId)
			  AND (:anyPeriod = TRUE OR p.id = :periodId)
			  AND (:anyUnit = TRUE OR cp.unit_id = :unitId)
			  AND u.search_key LIKE :pattern
			  AND (:anyStatus = TRUE OR COALESCE(r.status, 'NOT_STARTED') = :status)
			""";

	/**
	 * The report to change at the version the page showed.
	 * @throws NotFoundException when there is no such report
	 * @throws StaleDataException when it changed since
	 */
	default ProgressReport forChange(Long id, long version) {
		ProgressReport report = forChange(id).orElseThrow(() -> new NotFoundException("report", id));
		StaleDataException.check(report, version);
		return report;
	}
}
