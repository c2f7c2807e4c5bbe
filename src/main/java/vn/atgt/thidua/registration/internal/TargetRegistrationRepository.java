package vn.atgt.thidua.registration.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.registration.RegistrationTransitionRow;

public interface TargetRegistrationRepository extends JpaRepository<TargetRegistration, Long> {

	Optional<TargetRegistration> findByCampaignIdAndUnitId(Long campaignId, Long unitId);

	@Query("select new vn.atgt.thidua.registration.internal.RegistrationHeader(r.id, r.status, r.firstSubmittedAt, "
			+ "r.lastSubmittedAt, r.decidedAt, r.officeNote, r.version) from TargetRegistration r "
			+ "where r.campaignId = :campaignId and r.unitId = :unitId")
	Optional<RegistrationHeader> header(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query("select new vn.atgt.thidua.registration.RegistrationTransitionRow(t.fromStatus, t.toStatus, t.reason, "
			+ "t.changedAt, t.changedBy, t.changedByName) from RegistrationTransition t "
			+ "where t.registration.id = :registrationId order by t.changedAt, t.id")
	List<RegistrationTransitionRow> history(@Param("registrationId") Long registrationId);

	/**
	 * Every participating unit of the campaign with its registration (or nulls when it has not started) and the
	 * campaign's registration deadline: unit_id, registration id, status, first and last submission, decision,
	 * deadline. It reads the campaign module's participants table: one query for the whole monitoring column.
	 */
	@Query(nativeQuery = true, value = """
			SELECT p.unit_id, r.id, r.status, r.first_submitted_at, r.last_submitted_at, r.decided_at, d.deadline
			FROM campaign_participants p
			LEFT JOIN target_registrations r ON r.campaign_id = p.campaign_id AND r.unit_id = p.unit_id
			LEFT JOIN target_registration_deadlines d ON d.campaign_id = p.campaign_id
			WHERE p.campaign_id = :campaignId
			ORDER BY p.unit_id""")
	List<Object[]> standings(@Param("campaignId") Long campaignId);

	@Query("select new vn.atgt.thidua.registration.internal.TargetCount(r.unitId, t.taskAreaId, count(t)) "
			+ "from Target t join t.registration r where r.campaignId = :campaignId group by r.unitId, t.taskAreaId")
	List<TargetCount> targetCounts(@Param("campaignId") Long campaignId);
}
