package vn.atgt.thidua.monitoring.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** A page of the user's notifications, newest first (read in order from ix_notifications_user_newest). */
	List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable pageable);

	long countByUserId(Long userId);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
	int markAllRead(@Param("userId") Long userId, @Param("now") Instant now);
}
