package vn.atgt.thidua.unit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitRow;
import vn.atgt.thidua.unit.UnitSummary;

public interface MemberUnitRepository extends JpaRepository<MemberUnit, Long> {

	String SUMMARY = "select new vn.atgt.thidua.unit.UnitSummary(u.id, u.code, u.name, u.shortName, u.kind, u.areaId, "
			+ "u.committeeId, u.active, u.suppliesAccidentFigures, u.email, u.phone) from MemberUnit u ";

	String ROW = "select new vn.atgt.thidua.unit.UnitRow(u.id, u.code, u.name, u.shortName, u.kind, u.areaId, "
			+ "l.name, a.name, u.committeeId, u.active, u.email, u.phone, u.suppliesAccidentFigures, u.version) "
			+ "from MemberUnit u left join Area a on a.id = u.areaId left join a.level l ";

	String FILTER = "where u.committeeId = :committeeId "
			+ "and (:pattern is null or u.searchKey like :pattern) and (:kind is null or u.kind = :kind) "
			+ "and (:areaId is null or u.areaId = :areaId) and (:active is null or u.active = :active) ";

	@Query(value = ROW + FILTER + "order by u.name, u.id",
			countQuery = "select count(u) from MemberUnit u " + FILTER)
	Page<UnitRow> search(@Param("committeeId") Long committeeId, @Param("pattern") String pattern, @Param("kind") UnitKind kind, @Param("areaId") Long areaId,
			@Param("active") Boolean active, Pageable pageable);

	@Query(ROW + "where u.id = :id")
	Optional<UnitRow> row(@Param("id") Long id);

	@Query(SUMMARY + "where u.id = :id")
	Optional<UnitSummary> summary(@Param("id") Long id);

	@Query(SUMMARY + "where u.id in :ids order by u.name")
	List<UnitSummary> summaries(@Param("ids") Collection<Long> ids);

	@Query(SUMMARY + "where u.committeeId = :committeeId and u.active = true order by u.kind, u.name")
	List<UnitSummary> activeMembersOf(@Param("committeeId") Long committeeId);

	@Query(SUMMARY + "order by u.active desc, u.name")
	List<UnitSummary> allSummaries();

	@Query(SUMMARY + "where u.committeeId = :committeeId order by u.active desc, u.name")
	List<UnitSummary> allSummariesOf(@Param("committeeId") Long committeeId);

	@Query(SUMMARY + "where u.code = :code")
	Optional<UnitSummary> summaryByCode(@Param("code") String code);

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

	List<MemberUnit> findByCodeIn(Collection<String> codes);
}
