package vn.atgt.thidua.monitoring.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.monitoring.NotificationKind;

public interface NotificationPreferenceRepository
		extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

	@Query("select p from NotificationPreference p where p.key.userId = :userId")
	List<NotificationPreference> ofUser(@Param("userId") Long userId);

	@Query("select p from NotificationPreference p where p.key.userId in :userIds and p.key.kind = :kind")
	List<NotificationPreference> ofUsers(@Param("userIds") Collection<Long> userIds,
			@Param("kind") NotificationKind kind);
}
