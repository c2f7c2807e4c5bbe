package vn.atgt.thidua.exemplar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExemplarReplicationRepository extends JpaRepository<ExemplarReplication, Long> {

	List<ExemplarReplication> findByExemplarIdOrderByReplicatedOnAscIdAsc(Long exemplarId);

	Optional<ExemplarReplication> findByIdAndExemplarId(Long id, Long exemplarId);

	boolean existsByExemplarIdAndUnitIdAndReplicatedOn(Long exemplarId, Long unitId, LocalDate replicatedOn);
}
