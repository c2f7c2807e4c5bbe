package vn.atgt.thidua.dashboard.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicPageSettingRepository extends JpaRepository<PublicPageSetting, Long> {
}
