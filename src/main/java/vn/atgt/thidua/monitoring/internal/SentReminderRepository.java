package vn.atgt.thidua.monitoring.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.monitoring.NotificationKind;

public interface SentReminderRepository extends JpaRepository<SentReminder, Long> {

	/** What was sent for the campaign already, in one query. */
	@Query("select new vn.atgt.thidua.monitoring.internal.SentKey(r.periodId, r.unitId, r.kind) from SentReminder r "
			+ "where r.campaignId = :campaignId")
	List<SentKey> sentIn(@Param("campaignId") Long campaignId);

	/** True when the reminder is in the log (committed by whichever run). */
	boolean existsByCampaignIdAndItemKeyAndUnitIdAndKind(Long campaignId, String itemKey, Long unitId,
			NotificationKind kind);
}
