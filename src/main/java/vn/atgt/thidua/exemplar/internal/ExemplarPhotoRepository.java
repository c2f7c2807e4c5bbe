package vn.atgt.thidua.exemplar.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExemplarPhotoRepository extends JpaRepository<ExemplarPhoto, Long> {

	List<ExemplarPhoto> findByExemplarIdOrderById(Long exemplarId);

	Optional<ExemplarPhoto> findByIdAndExemplarId(Long id, Long exemplarId);
}
