package vn.atgt.thidua.commendation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationSettingsRepository extends JpaRepository<CommendationSettings, Long> {
}
