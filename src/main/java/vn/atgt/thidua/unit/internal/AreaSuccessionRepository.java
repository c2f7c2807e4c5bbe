package vn.atgt.thidua.unit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.unit.SuccessionRow;

public interface AreaSuccessionRepository extends JpaRepository<AreaSuccession, Long> {

	@Query("select new vn.atgt.thidua.unit.SuccessionRow(s.id, p.id, concat(pl.name, ' ', p.name), n.id, "
			+ "concat(nl.name, ' ', n.name), s.effectiveDate) from AreaSuccession s, Area p join p.level pl, "
			+ "Area n join n.level nl where p.id = s.predecessorId and n.id = s.successorId "
			+ "and (s.predecessorId = :areaId or s.successorId = :areaId) order by s.effectiveDate, p.name")
	List<SuccessionRow> involving(@Param("areaId") Long areaId);

	boolean existsByPredecessorIdAndSuccessorId(Long predecessorId, Long successorId);
}
