package vn.atgt.thidua.registration.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.TargetView;

public interface TargetRepository extends JpaRepository<Target, Long> {

	String VIEW = "select new vn.atgt.thidua.registration.TargetView(t.id, r.id, r.campaignId, r.unitId, t.taskAreaId, "
			+ "t.position, t.kind, t.indicatorName, t.unitOfMeasure, t.baselineValue, t.targetValue, t.direction, "
			+ "t.weight, t.dueDate, t.suggestedIndicatorId, t.note, t.reviewComment, t.version) "
			+ "from Target t join t.registration r ";

	@Query(VIEW + "where r.id = :registrationId order by t.taskAreaId, t.position")
	List<TargetView> views(@Param("registrationId") Long registrationId);

	@Query(VIEW + "where r.campaignId = :campaignId and r.unitId = :unitId and r.status = :status "
			+ "order by t.taskAreaId, t.position")
	List<TargetView> ofUnit(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId,
			@Param("status") RegistrationStatus status);

	@Query(VIEW + "where r.campaignId = :campaignId and r.status = :status order by r.unitId, t.taskAreaId, t.position")
	List<TargetView> ofCampaign(@Param("campaignId") Long campaignId, @Param("status") RegistrationStatus status);

	@Query(VIEW + "where t.id in :ids order by r.unitId, t.taskAreaId, t.position")
	List<TargetView> byIds(@Param("ids") Collection<Long> ids);

	long countBySuggestedIndicatorId(Long suggestedIndicatorId);
}
