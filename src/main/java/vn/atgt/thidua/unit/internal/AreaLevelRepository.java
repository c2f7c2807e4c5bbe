package vn.atgt.thidua.unit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.atgt.thidua.unit.AreaLevelOption;

public interface AreaLevelRepository extends JpaRepository<AreaLevel, Long> {

	@Query("select new vn.atgt.thidua.unit.AreaLevelOption(l.id, l.code, l.name, l.tier) from AreaLevel l order by l.sortOrder")
	List<AreaLevelOption> options();

	Optional<AreaLevel> findByCode(String code);
}
