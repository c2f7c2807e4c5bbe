package vn.atgt.thidua.registration.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.SuggestedIndicatorTotal;
import vn.atgt.thidua.registration.SuggestedIndicatorView;

public interface SuggestedIndicatorRepository extends JpaRepository<SuggestedIndicator, Long> {

	String VIEW = "select new vn.atgt.thidua.registration.SuggestedIndicatorView(s.id, s.campaignId, s.taskAreaId, "
			+ "s.position, s.name, s.unitOfMeasure, s.direction, s.guidance, "
			+ "(select count(t) from Target t where t.suggestedIndicatorId = s.id), s.version) "
			+ "from SuggestedIndicator s ";

	@Query(VIEW + "where s.campaignId = :campaignId order by s.taskAreaId, s.position")
	List<SuggestedIndicatorView> views(@Param("campaignId") Long campaignId);

	@Query(VIEW + "where s.id = :id")
	Optional<SuggestedIndicatorView> view(@Param("id") Long id);

	@Query("select coalesce(max(s.position), 0) from SuggestedIndicator s where s.taskAreaId = :taskAreaId")
	int lastPosition(@Param("taskAreaId") Long taskAreaId);

	@Query("select count(s) > 0 from SuggestedIndicator s where s.taskAreaId = :taskAreaId and lower(s.name) = lower(:name) "
			+ "and (:exceptId is null or s.id <> :exceptId)")
	boolean nameTaken(@Param("taskAreaId") Long taskAreaId, @Param("name") String name,
			@Param("exceptId") Long exceptId);

	/** Per suggested indicator: units and sum of target values over sent registrations, and over approved ones. */
	@Query("select new vn.atgt.thidua.registration.SuggestedIndicatorTotal(s.id, s.taskAreaId, s.name, s.unitOfMeasure, "
			+ "s.direction, count(case when r.status in (:submitted, :approved) then t.id end), "
			+ "sum(case when r.status in (:submitted, :approved) then t.targetValue end), "
			+ "count(case when r.status = :approved then t.id end), "
			+ "sum(case when r.status = :approved then t.targetValue end)) "
			+ "from SuggestedIndicator s left join Target t on t.suggestedIndicatorId = s.id left join t.registration r "
			+ "where s.campaignId = :campaignId "
			+ "group by s.id, s.taskAreaId, s.position, s.name, s.unitOfMeasure, s.direction "
			+ "order by s.taskAreaId, s.position")
	List<SuggestedIndicatorTotal> totals(@Param("campaignId") Long campaignId,
			@Param("submitted") RegistrationStatus submitted, @Param("approved") RegistrationStatus approved);
}
