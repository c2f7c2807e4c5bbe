package vn.atgt.thidua.accident.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.accident.BlackSpotHistoryRow;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.BlackSpotStatusCount;

public interface BlackSpotRepository extends JpaRepository<BlackSpot, Long> {

	String FILTER = "from BlackSpot b where b.committeeId = :committeeId and (:kind is null or b.kind = :kind) "
			+ "and (:status is null or b.status = :status) and (:areaId is null or b.areaId = :areaId) "
			+ "and (:pattern is null or b.searchKey like :pattern) ";

	@Query(value = "select new vn.atgt.thidua.accident.internal.BlackSpotListRow(b.id, b.kind, b.name, b.route, "
			+ "b.kmMarker, b.areaId, b.identifiedOn, b.status, b.responsibleUnitId, b.cost, b.deadline) " + FILTER
			+ "order by b.identifiedOn desc, b.id desc", countQuery = "select count(b) " + FILTER)
	Page<BlackSpotListRow> search(@Param("committeeId") Long committeeId, @Param("kind") BlackSpotKind kind,
			@Param("status") BlackSpotStatus status, @Param("areaId") Long areaId, @Param("pattern") String pattern,
			Pageable pageable);

	@Query("select b " + FILTER + "order by b.identifiedOn desc, b.id desc")
	List<BlackSpot> all(@Param("committeeId") Long committeeId, @Param("kind") BlackSpotKind kind,
			@Param("status") BlackSpotStatus status, @Param("areaId") Long areaId, @Param("pattern") String pattern);

	@Query("select new vn.atgt.thidua.accident.BlackSpotHistoryRow(t.fromStatus, t.toStatus, t.note, t.changedAt, "
			+ "t.changedBy, t.changedByName) from BlackSpotTransition t where t.blackSpot.id = :id order by t.changedAt, t.id")
	List<BlackSpotHistoryRow> history(@Param("id") Long blackSpotId);

	@Query("select new vn.atgt.thidua.accident.BlackSpotStatusCount(b.status, count(b)) from BlackSpot b "
			+ "where b.committeeId = :committeeId group by b.status")
	List<BlackSpotStatusCount> countByStatus(@Param("committeeId") Long committeeId);

	@Query("select new vn.atgt.thidua.accident.BlackSpotStatusCount(b.status, count(b)) from BlackSpot b "
			+ "where b.committeeId = :committeeId and b.responsibleUnitId = :unitId group by b.status")
	List<BlackSpotStatusCount> countByStatusOfUnit(@Param("committeeId") Long committeeId,
			@Param("unitId") Long unitId);
}
