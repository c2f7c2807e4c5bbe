package vn.atgt.thidua.unit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.atgt.thidua.unit.CommitteeSummary;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

	@Query("select new vn.atgt.thidua.unit.CommitteeSummary(c.id, c.name, c.areaId, c.standingOfficeUnitId, c.active, c.parentId) "
			+ "from Committee c order by c.active desc, c.name")
	List<CommitteeSummary> summaries();

	@Query("select new vn.atgt.thidua.unit.CommitteeSummary(c.id, c.name, c.areaId, c.standingOfficeUnitId, c.active, c.parentId) "
			+ "from Committee c where c.parentId = :parentId order by c.name")
	List<CommitteeSummary> children(Long parentId);

	/** The committee in short and whether any committee is below it: one row by primary key, one index probe. */
	@Query("select new vn.atgt.thidua.unit.internal.CommitteeStanding(c.id, c.name, c.areaId, c.standingOfficeUnitId, "
			+ "c.active, c.parentId, case when exists (select 1 from Committee b where b.parentId = c.id) then true "
			+ "else false end) from Committee c where c.id = :id")
	Optional<CommitteeStanding> standing(Long id);

	@Query(value = "with recursive below(id) as (select id from committees where id = :id "
			+ "union all select c.id from committees c join below b on c.parent_committee_id = b.id) "
			+ "select id from below", nativeQuery = true)
	List<Long> selfAndDescendants(Long id);
}
