package vn.atgt.thidua.unit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.unit.AreaRow;

public interface AreaRepository extends JpaRepository<Area, Long> {

	String ROW = "select new vn.atgt.thidua.unit.AreaRow(a.id, a.name, a.officialCode, l.id, l.name, l.tier, p.id, "
			+ "pl.name, p.name, a.validFrom, a.validTo, a.version) from Area a join a.level l left join a.parent p "
			+ "left join p.level pl ";

	String VALID_ON = "(cast(:day as LocalDate) is null or ((a.validFrom is null or a.validFrom <= :day) "
			+ "and (a.validTo is null or a.validTo >= :day))) ";

	@Query(value = ROW + "where (:pattern is null or a.searchKey like :pattern) and (:levelId is null or l.id = :levelId) "
			+ "and " + VALID_ON + "order by l.tier, l.sortOrder, a.name, a.id",
			countQuery = "select count(a) from Area a join a.level l where (:pattern is null or a.searchKey like :pattern) "
					+ "and (:levelId is null or l.id = :levelId) and " + VALID_ON)
	Page<AreaRow> search(@Param("pattern") String pattern, @Param("levelId") Long levelId,
			@Param("day") LocalDate day, Pageable pageable);

	@Query(ROW + "where a.id = :id")
	Optional<AreaRow> row(@Param("id") Long id);

	@Query(ROW + "order by l.tier, a.name, a.validFrom")
	List<AreaRow> allRows();

	@Query(ROW + "where p.id = :parentId and " + VALID_ON + "order by l.sortOrder desc, a.name")
	List<AreaRow> children(@Param("parentId") Long parentId, @Param("day") LocalDate day);

	/** The area itself first, then its children as {@link #children} orders them: one statement for both. */
	@Query(ROW + "where a.id = :parentId or (p.id = :parentId and " + VALID_ON + ") "
			+ "order by case when a.id = :parentId then 0 else 1 end, l.sortOrder desc, a.name")
	List<AreaRow> withChildren(@Param("parentId") Long parentId, @Param("day") LocalDate day);

	boolean existsByOfficialCode(String officialCode);

	Optional<Area> findByOfficialCode(String officialCode);

	/** An area by name and level under a parent (the official list's former districts and communes have no code). */
	@Query("select a from Area a where a.name = :name and a.level.code = :level and a.parent.id = :parentId "
			+ "order by a.id")
	List<Area> findUnder(@Param("parentId") Long parentId, @Param("level") String level,
			@Param("name") String name);

	/** A top-level area by name and level that ended on that day (a former province). */
	@Query("select a from Area a where a.name = :name and a.level.code = :level and a.parent is null "
			+ "and a.validTo = :validTo order by a.id")
	List<Area> findFormerTop(@Param("level") String level, @Param("name") String name,
			@Param("validTo") LocalDate validTo);

	boolean existsByOfficialCodeAndIdNot(String officialCode, Long id);
}
