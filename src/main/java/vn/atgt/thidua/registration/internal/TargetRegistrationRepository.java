package vn.atgt.thidua.registration.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.registration.RegistrationTransitionRow;

/**
 * Registrations, and the standings of every participating unit. The standings read the campaign module's
 * {@code campaign_participants} and the unit module's {@code units} in the same SQL (see the module's package-info):
 * units that have not started have no registration row, and the office's table filters, sorts and pages by the unit's
 * name and kind in SQL.
 */
public interface TargetRegistrationRepository extends JpaRepository<TargetRegistration, Long> {

	String STANDINGS = """
			SELECT p.unit_id, u.name AS unit_name, u.kind AS unit_kind, r.id AS registration_id, r.status,
			       r.first_submitted_at, r.last_submitted_at, r.decided_at, d.deadline
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			LEFT JOIN target_registration_deadlines d ON d.campaign_id = p.campaign_id
			""";

	/** An empty {@code status} or {@code kind} is no filter; {@code NOT_STARTED} is the status of a missing row. */
	String FILTER = """
			WHERE p.campaign_id = :campaignId
			AND (:status = '' OR COALESCE(r.status, 'NOT_STARTED') = :status)
			AND (:kind = '' OR u.kind = :kind)
			AND u.search_key LIKE :pattern
			""";

	Optional<TargetRegistration> findByCampaignIdAndUnitId(Long campaignId, Long unitId);

	/**
	 * The unit's registration, to change it.
	 * @throws NotFoundException when the unit has not started one
	 */
	default TargetRegistration load(Long campaignId, Long unitId) {
		return findByCampaignIdAndUnitId(campaignId, unitId)
			.orElseThrow(() -> new NotFoundException("registration of unit", unitId));
	}

	/**
	 * The unit's registration, started (a draft) when it has none yet; {@code starting} runs before the start writes
	 * anything (the caller raises the campaign's status counter there: the unit no longer stands at NOT_STARTED).
	 * @throws StaleDataException when someone of the unit started it at the same moment
	 */
	default TargetRegistration loadOrStart(Long campaignId, Long unitId, Actor actor, Runnable starting) {
		Optional<TargetRegistration> existing = findByCampaignIdAndUnitId(campaignId, unitId);
		if (existing.isPresent()) {
			return existing.get();
		}
		starting.run();
		try {
			return saveAndFlush(new TargetRegistration(campaignId, unitId, actor));
		}
		catch (DataIntegrityViolationException e) {
			throw new StaleDataException();
		}
	}

	@Query("select new vn.atgt.thidua.registration.internal.RegistrationHeader(r.id, r.status, r.firstSubmittedAt, "
			+ "r.lastSubmittedAt, r.decidedAt, r.officeNote, r.version) from TargetRegistration r "
			+ "where r.campaignId = :campaignId and r.unitId = :unitId")
	Optional<RegistrationHeader> header(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query("select new vn.atgt.thidua.registration.RegistrationTransitionRow(t.fromStatus, t.toStatus, t.reason, "
			+ "t.changedAt, t.changedBy, t.changedByName) from RegistrationTransition t "
			+ "where t.registration.id = :registrationId order by t.changedAt, t.id")
	List<RegistrationTransitionRow> history(@Param("registrationId") Long registrationId);

	/**
	 * Every participating unit of the campaign with its registration (nulls when it has not started) and the
	 * campaign's registration deadline, by unit id: one query for the whole monitoring column.
	 */
	@NativeQuery(value = STANDINGS + "WHERE p.campaign_id = :campaignId ORDER BY p.unit_id",
			sqlResultSetMapping = TargetRegistration.STANDING_ROW)
	List<StandingRow> standings(@Param("campaignId") Long campaignId);

	@NativeQuery(value = STANDINGS + "WHERE p.campaign_id = :campaignId AND p.unit_id = :unitId",
			sqlResultSetMapping = TargetRegistration.STANDING_ROW)
	List<StandingRow> standingsOfUnit(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@NativeQuery(value = STANDINGS + "WHERE p.campaign_id = :campaignId AND p.unit_id IN (:unitIds)",
			sqlResultSetMapping = TargetRegistration.STANDING_ROW)
	List<StandingRow> standingsOfUnits(@Param("campaignId") Long campaignId,
			@Param("unitIds") Collection<Long> unitIds);

	/**
	 * One page of the office's table: agencies first, then communes, organisations and others, each by name; filtered
	 * by status, unit kind and the unit's accent-free search key ({@code pattern}, "%" for all).
	 */
	@NativeQuery(value = STANDINGS + FILTER + """
			ORDER BY CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1
			         WHEN 'MASS_ORGANISATION' THEN 2 ELSE 3 END, u.name, u.id""",
			countQuery = """
					SELECT COUNT(*) FROM campaign_participants p
					JOIN units u ON u.id = p.unit_id
					LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
					""" + FILTER,
			sqlResultSetMapping = TargetRegistration.STANDING_ROW)
	Page<StandingRow> standingsPage(@Param("campaignId") Long campaignId, @Param("status") String status,
			@Param("kind") String kind, @Param("pattern") String pattern, Pageable pageable);

	/**
	 * A page of the office's table as {@link #standingsPage} reads it, without its count: the caller knows the total
	 * from {@link #tally} when the filter is by status only, and asks {@link #standingsCount} otherwise.
	 */
	@NativeQuery(value = STANDINGS + FILTER + """
			ORDER BY CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1
			         WHEN 'MASS_ORGANISATION' THEN 2 ELSE 3 END, u.name, u.id""",
			sqlResultSetMapping = TargetRegistration.STANDING_ROW)
	List<StandingRow> standingsList(@Param("campaignId") Long campaignId, @Param("status") String status,
			@Param("kind") String kind, @Param("pattern") String pattern, Pageable pageable);

	/** How many participating units the office's table lists under the filter. */
	@NativeQuery("""
			SELECT COUNT(*) FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			""" + FILTER)
	long standingsCount(@Param("campaignId") Long campaignId, @Param("status") String status,
			@Param("kind") String kind, @Param("pattern") String pattern);

	/**
	 * How many participating units stand at each status ({@code NOT_STARTED} included) and how many of them sent their
	 * registration at or after {@code lateFrom}: one aggregate for the counts above the office's table.
	 */
	@NativeQuery(value = """
			SELECT COALESCE(r.status, 'NOT_STARTED') AS status, COUNT(*) AS units,
			       SUM(CASE WHEN r.last_submitted_at >= :lateFrom THEN 1 ELSE 0 END) AS submitted_late
			FROM campaign_participants p
			LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			WHERE p.campaign_id = :campaignId
			GROUP BY COALESCE(r.status, 'NOT_STARTED')""", sqlResultSetMapping = TargetRegistration.STATUS_TALLY)
	List<StatusTally> tally(@Param("campaignId") Long campaignId, @Param("lateFrom") Instant lateFrom);

	/**
	 * How many targets each of these units registered per task area. Native SQL: Hibernate translates a query with a
	 * list parameter again on every call (no cached interpretation), which cost the office's table ~7% of its CPU.
	 */
	@NativeQuery(value = """
			SELECT r.unit_id, t.task_area_id, COUNT(*) AS targets
			FROM targets t JOIN target_registrations r ON r.id = t.registration_id
			WHERE r.campaign_id = :campaignId AND r.unit_id IN (:unitIds)
			GROUP BY r.unit_id, t.task_area_id""", sqlResultSetMapping = TargetRegistration.TARGET_COUNT)
	List<TargetCount> targetCounts(@Param("campaignId") Long campaignId, @Param("unitIds") Collection<Long> unitIds);
}
