package vn.atgt.thidua.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Where a campaign's units stand, counted and paged by PostgreSQL rather than by building every unit × period cell in
 * Java (issue 19: at province scale, 2,000 units × 12 periods cost the office's home and the matrix 300–380 ms of CPU
 * per view). The rules are {@code CellRules}' in SQL: a unit is expected to report for a period it took part in
 * during some day of it; an item is in when it is sent (waiting, accepted or approved), late when it was sent after its
 * due date, overdue when it is not in after its due date (not started, a draft, or returned). It reads the report,
 * registration, campaign and unit modules' tables on purpose (the module's package-info says why). The filters: an
 * empty {@code kind} is any kind, a {@code taskAreaId} of 0 any task area (else units with an approved target under
 * it); {@code periodId} 0 is every reporting period.
 */
public interface StandingRepository extends Repository<Urging, Long> {

	/** The participants the filter keeps (the campaign's units, by kind then name). */
	String PARTICIPANTS = """
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			WHERE p.campaign_id = :campaignId
			AND (:kind = '' OR u.kind = :kind)
			AND (:taskAreaId = 0 OR EXISTS (SELECT 1 FROM target_registrations tr
			    JOIN targets t ON t.registration_id = tr.id
			    WHERE tr.campaign_id = p.campaign_id AND tr.unit_id = p.unit_id AND tr.status = 'APPROVED'
			    AND t.task_area_id = :taskAreaId))
			""";

	/** The order in which the campaign lists its units: agencies, communes, organisations, others, each by name. */
	String CAMPAIGN_ORDER = """
			CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1 WHEN 'MASS_ORGANISATION' THEN 2
			ELSE 3 END, u.name, u.id""";

	String PARTICIPANT_COLUMNS = """
			SELECT p.id AS "id", p.unit_id AS "unitId", u.name AS "unitName", u.short_name AS "unitShortName",
			       u.kind AS "unitKind", p.contact_name AS "contactName", p.contact_position AS "contactPosition",
			       p.contact_phone AS "contactPhone", p.contact_email AS "contactEmail", p.joined_on AS "joinedOn",
			       p.left_on AS "leftOn", p.version AS "version"
			""";

	/** One page of the participants the filter keeps, in the campaign's order. */
	@NativeQuery(PARTICIPANT_COLUMNS + PARTICIPANTS + "ORDER BY " + CAMPAIGN_ORDER)
	List<ParticipantRow> participants(@Param("campaignId") Long campaignId, @Param("kind") String kind,
			@Param("taskAreaId") long taskAreaId, Pageable pageable);

	/**
	 * How many participants the filter keeps. (Read apart from the page, always: Spring Data's {@code Page} skips the
	 * count when the first page is short, and the statements per page must not depend on the data.)
	 */
	@NativeQuery("SELECT COUNT(*) " + PARTICIPANTS)
	long participantCount(@Param("campaignId") Long campaignId, @Param("kind") String kind,
			@Param("taskAreaId") long taskAreaId);

	/**
	 * Each reporting period's counts over the participants the filter keeps that take part in it; a period nobody
	 * takes part in has no row.
	 */
	@NativeQuery("""
			SELECT pe.id AS "periodId", COUNT(*) AS "expected",
			       SUM(CASE WHEN r.status IN ('SUBMITTED', 'ACCEPTED') THEN 1 ELSE 0 END) AS "submitted",
			       SUM(CASE WHEN r.status IN ('SUBMITTED', 'ACCEPTED') AND r.late_days > 0 THEN 1 ELSE 0 END) AS "late",
			       SUM(CASE WHEN pe.due_date < :today AND (r.status IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
			                THEN 1 ELSE 0 END) AS "overdue",
			       SUM(CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS "accepted",
			       SUM(CASE WHEN r.status = 'RETURNED' THEN 1 ELSE 0 END) AS "returned",
			       SUM(CASE WHEN r.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS "waiting"
			FROM campaign_periods pe
			JOIN campaign_participants p ON p.campaign_id = pe.campaign_id
			     AND (p.joined_on IS NULL OR p.joined_on <= pe.end_date)
			     AND (p.left_on IS NULL OR p.left_on >= pe.start_date)
			JOIN units u ON u.id = p.unit_id
			LEFT JOIN progress_reports r ON r.campaign_id = pe.campaign_id AND r.period_id = pe.id
			         AND r.unit_id = p.unit_id
			WHERE pe.campaign_id = :campaignId AND pe.baseline = FALSE
			AND (:kind = '' OR u.kind = :kind)
			AND (:taskAreaId = 0 OR EXISTS (SELECT 1 FROM target_registrations tr
			    JOIN targets t ON t.registration_id = tr.id
			    WHERE tr.campaign_id = p.campaign_id AND tr.unit_id = p.unit_id AND tr.status = 'APPROVED'
			    AND t.task_area_id = :taskAreaId))
			GROUP BY pe.id""")
	List<TotalsRow> periodTotals(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("kind") String kind, @Param("taskAreaId") long taskAreaId);

	/**
	 * The registration's counts over the participants the filter keeps: late when its latest submission came at or
	 * after {@code lateFrom} (the first moment after the deadline), or without a submission time once
	 * {@code pastDeadline}; overdue when it is not in and {@code pastDeadline}.
	 */
	@NativeQuery(value = """
			SELECT 0 AS "periodId", COUNT(*) AS "expected",
			       SUM(CASE WHEN r.status IN ('SUBMITTED', 'APPROVED') THEN 1 ELSE 0 END) AS "submitted",
			       SUM(CASE WHEN r.status IN ('SUBMITTED', 'APPROVED') AND (r.last_submitted_at >= :lateFrom
			                OR (r.last_submitted_at IS NULL AND :pastDeadline)) THEN 1 ELSE 0 END) AS "late",
			       SUM(CASE WHEN :pastDeadline AND (r.status IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
			                THEN 1 ELSE 0 END) AS "overdue",
			       SUM(CASE WHEN r.status = 'APPROVED' THEN 1 ELSE 0 END) AS "accepted",
			       SUM(CASE WHEN r.status = 'RETURNED' THEN 1 ELSE 0 END) AS "returned",
			       SUM(CASE WHEN r.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS "waiting"
			""" + PARTICIPANTS_WITH_REGISTRATION)
	TotalsRow registrationTotals(@Param("campaignId") Long campaignId, @Param("lateFrom") Instant lateFrom,
			@Param("pastDeadline") boolean pastDeadline, @Param("kind") String kind,
			@Param("taskAreaId") long taskAreaId);

	String PARTICIPANTS_WITH_REGISTRATION = """
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			WHERE p.campaign_id = :campaignId
			AND (:kind = '' OR u.kind = :kind)
			AND (:taskAreaId = 0 OR EXISTS (SELECT 1 FROM target_registrations tr
			    JOIN targets t ON t.registration_id = tr.id
			    WHERE tr.campaign_id = p.campaign_id AND tr.unit_id = p.unit_id AND tr.status = 'APPROVED'
			    AND t.task_area_id = :taskAreaId))
			""";

	/**
	 * The participants with an item of the selection overdue on {@code today} and the due date of their oldest one:
	 * their reports of the periods selected ({@code withReports}; {@code periodId} 0 for all) that they take part in,
	 * due before today and not in; their registration when {@code registrationOverdue} (selected, and the deadline
	 * {@code deadline} has passed) and it is not in.
	 */
	String LATE = """
			WITH overdue AS (
			    SELECT p.unit_id, MIN(pe.due_date) AS due_date
			    FROM campaign_participants p
			    JOIN campaign_periods pe ON pe.campaign_id = p.campaign_id AND pe.baseline = FALSE
			         AND pe.due_date < :today AND (:periodId = 0 OR pe.id = :periodId)
			         AND (p.joined_on IS NULL OR p.joined_on <= pe.end_date)
			         AND (p.left_on IS NULL OR p.left_on >= pe.start_date)
			    LEFT JOIN progress_reports r ON r.campaign_id = pe.campaign_id AND r.period_id = pe.id
			         AND r.unit_id = p.unit_id
			    WHERE p.campaign_id = :campaignId AND :withReports
			    AND (r.status IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
			    GROUP BY p.unit_id
			    UNION ALL
			    SELECT p.unit_id, CAST(:deadline AS DATE) AS due_date
			    FROM campaign_participants p
			    LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			    WHERE p.campaign_id = :campaignId AND :registrationOverdue
			    AND (r.status IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
			), late AS (
			    SELECT unit_id, MIN(due_date) AS oldest_due FROM overdue GROUP BY unit_id
			)
			""";

	/**
	 * The late participants' units: the oldest overdue item first, then in the campaign's order. (Every one of them,
	 * a list of ids: kept between views, the late list reads a page of it with {@link #participantsOf}.)
	 */
	@NativeQuery(value = LATE + """
			SELECT l.unit_id
			FROM late l
			JOIN campaign_participants p ON p.campaign_id = :campaignId AND p.unit_id = l.unit_id
			JOIN units u ON u.id = p.unit_id
			ORDER BY l.oldest_due, """ + CAMPAIGN_ORDER)
	List<Long> lateUnits(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("withReports") boolean withReports, @Param("periodId") long periodId,
			@Param("registrationOverdue") boolean registrationOverdue, @Param("deadline") LocalDate deadline);

	/** The campaign's participants among these units, in no particular order ({@code [0]} for none). */
	@NativeQuery(PARTICIPANT_COLUMNS + """
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			WHERE p.campaign_id = :campaignId AND p.unit_id IN (:unitIds)""")
	List<ParticipantRow> participantsOf(@Param("campaignId") Long campaignId,
			@Param("unitIds") Collection<Long> unitIds);

	/** How many participants have an item of the selection overdue (as {@link #lateUnits}). */
	@NativeQuery(LATE + "SELECT COUNT(*) FROM late")
	long lateCount(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("withReports") boolean withReports, @Param("periodId") long periodId,
			@Param("registrationOverdue") boolean registrationOverdue, @Param("deadline") LocalDate deadline);

	/**
	 * Where the campaign stands as the leadership dashboard shows it, in one statement (one pass over participants ×
	 * periods × reports, shared by both kinds of row):
	 * <ul>
	 * <li>a {@code PERIOD} row per reporting period with the period and its counts, as {@link #periodTotals} counts
	 * them without a filter (zero when nobody takes part in it);</li>
	 * <li>{@code UNIT} rows: the participants, those needing attention first, then in the campaign's order, as many as
	 * {@code shown} (by {@code position}); each says whether it needs attention, and every one carries how many do
	 * ({@code attentionTotal}) and how many participants have an item overdue ({@code lateUnits}, as
	 * {@link #lateCount} with every item selected). Those that do not need attention fill the rows so that the counts
	 * always have a row while the campaign has participants: the caller keeps the rows whose {@code attention} is 1.</li>
	 * </ul>
	 * A participant needs attention when it has sent nothing (no report of a period it takes part in, nor its
	 * registration, is waiting, accepted or approved) although an item of it is overdue, when a report or its
	 * registration was returned and waits for its correction, or when it is among {@code lowUnits} (the report
	 * module's units of low completion; {@code [0]} for none). Its registration is overdue once the campaign's
	 * registration deadline has passed and it is not in.
	 */
	@NativeQuery(value = """
			WITH cells AS (
			    SELECT p.unit_id, pe.id AS period_id, pe.due_date, r.status, r.late_days
			    FROM campaign_participants p
			    JOIN campaign_periods pe ON pe.campaign_id = p.campaign_id AND pe.baseline = FALSE
			         AND (p.joined_on IS NULL OR p.joined_on <= pe.end_date)
			         AND (p.left_on IS NULL OR p.left_on >= pe.start_date)
			    LEFT JOIN progress_reports r ON r.campaign_id = pe.campaign_id AND r.period_id = pe.id
			         AND r.unit_id = p.unit_id
			    WHERE p.campaign_id = :campaignId
			), reports AS (
			    SELECT unit_id,
			           SUM(CASE WHEN status IN ('SUBMITTED', 'ACCEPTED') THEN 1 ELSE 0 END) AS sent,
			           SUM(CASE WHEN status = 'RETURNED' THEN 1 ELSE 0 END) AS returned,
			           SUM(CASE WHEN due_date < :today AND (status IS NULL OR status IN ('DRAFT', 'RETURNED'))
			                    THEN 1 ELSE 0 END) AS overdue
			    FROM cells GROUP BY unit_id
			), items AS (
			    SELECT p.unit_id,
			           COALESCE(s.sent, 0) + CASE WHEN g.status IN ('SUBMITTED', 'APPROVED') THEN 1 ELSE 0 END AS sent,
			           COALESCE(s.returned, 0) + CASE WHEN g.status = 'RETURNED' THEN 1 ELSE 0 END AS returned,
			           COALESCE(s.overdue, 0) + CASE WHEN d.deadline < :today
			                AND (g.status IS NULL OR g.status IN ('DRAFT', 'RETURNED')) THEN 1 ELSE 0 END AS overdue
			    FROM campaign_participants p
			    LEFT JOIN reports s ON s.unit_id = p.unit_id
			    LEFT JOIN target_registrations g ON g.campaign_id = p.campaign_id AND g.unit_id = p.unit_id
			    LEFT JOIN target_registration_deadlines d ON d.campaign_id = p.campaign_id
			    WHERE p.campaign_id = :campaignId
			), flagged AS (
			    SELECT unit_id, CASE WHEN overdue > 0 THEN 1 ELSE 0 END AS late,
			           CASE WHEN returned > 0 OR (sent = 0 AND overdue > 0) OR unit_id IN (:lowUnits) THEN 1 ELSE 0 END
			             AS attention
			    FROM items
			)
			SELECT 'PERIOD' AS "kind", 0 AS "position", pe.id AS "periodId", pe.name AS "periodName",
			       pe.cadence AS "cadence", pe.start_date AS "startDate", pe.end_date AS "endDate",
			       pe.due_date AS "dueDate", pe.version AS "periodVersion", COUNT(c.unit_id) AS "expected",
			       SUM(CASE WHEN c.status IN ('SUBMITTED', 'ACCEPTED') THEN 1 ELSE 0 END) AS "submitted",
			       SUM(CASE WHEN c.status IN ('SUBMITTED', 'ACCEPTED') AND c.late_days > 0 THEN 1 ELSE 0 END) AS "late",
			       SUM(CASE WHEN c.unit_id IS NOT NULL AND pe.due_date < :today
			                     AND (c.status IS NULL OR c.status IN ('DRAFT', 'RETURNED')) THEN 1 ELSE 0 END) AS "overdue",
			       SUM(CASE WHEN c.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS "accepted",
			       SUM(CASE WHEN c.status = 'RETURNED' THEN 1 ELSE 0 END) AS "returned",
			       SUM(CASE WHEN c.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS "waiting",
			       CAST(NULL AS BIGINT) AS "id", CAST(NULL AS BIGINT) AS "unitId", CAST(NULL AS VARCHAR(300)) AS "unitName",
			       CAST(NULL AS VARCHAR(100)) AS "unitShortName", CAST(NULL AS VARCHAR(30)) AS "unitKind",
			       CAST(NULL AS VARCHAR(200)) AS "contactName", CAST(NULL AS VARCHAR(200)) AS "contactPosition",
			       CAST(NULL AS VARCHAR(50)) AS "contactPhone", CAST(NULL AS VARCHAR(200)) AS "contactEmail",
			       CAST(NULL AS DATE) AS "joinedOn", CAST(NULL AS DATE) AS "leftOn", CAST(NULL AS BIGINT) AS "version",
			       CAST(NULL AS INT) AS "attention", CAST(NULL AS BIGINT) AS "attentionTotal",
			       CAST(NULL AS BIGINT) AS "lateUnits"
			FROM campaign_periods pe
			LEFT JOIN cells c ON c.period_id = pe.id
			WHERE pe.campaign_id = :campaignId AND pe.baseline = FALSE
			GROUP BY pe.id, pe.name, pe.cadence, pe.start_date, pe.end_date, pe.due_date, pe.version
			UNION ALL
			SELECT 'UNIT', x.position, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
			       x.id, x.unit_id, x.name, x.short_name, x.kind, x.contact_name, x.contact_position, x.contact_phone,
			       x.contact_email, x.joined_on, x.left_on, x.version, x.attention, x.attention_total, x.late_units
			FROM (
			    SELECT p.id, p.unit_id, u.name, u.short_name, u.kind, p.contact_name, p.contact_position, p.contact_phone,
			           p.contact_email, p.joined_on, p.left_on, p.version, f.attention,
			           SUM(f.attention) OVER () AS attention_total, SUM(f.late) OVER () AS late_units,
			           ROW_NUMBER() OVER (ORDER BY f.attention DESC, """ + CAMPAIGN_ORDER + """
			) AS position
			    FROM flagged f
			    JOIN campaign_participants p ON p.campaign_id = :campaignId AND p.unit_id = f.unit_id
			    JOIN units u ON u.id = p.unit_id) x
			WHERE x.position <= :shown
			ORDER BY 1, 2""")
	List<StandingRow> standing(@Param("campaignId") Long campaignId, @Param("today") LocalDate today,
			@Param("lowUnits") Collection<Long> lowUnits, @Param("shown") int shown);
}
