package vn.atgt.thidua.commendation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardFormRepository extends JpaRepository<AwardForm, Long> {

	@Query("select distinct f from AwardForm f left join fetch f.parts order by f.validFrom desc, f.name")
	List<AwardForm> catalogue();

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);
}
