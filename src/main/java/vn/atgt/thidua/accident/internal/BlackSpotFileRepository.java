package vn.atgt.thidua.accident.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BlackSpotFileRepository extends JpaRepository<BlackSpotFile, Long> {

	List<BlackSpotFile> findByBlackSpotIdOrderById(Long blackSpotId);
}
