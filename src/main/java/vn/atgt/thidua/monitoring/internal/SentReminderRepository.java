package vn.atgt.thidua.monitoring.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SentReminderRepository extends JpaRepository<SentReminder, Long> {

	/** What was sent for the campaign already, in one query. */
	@Query("select new vn.atgt.thidua.monitoring.internal.SentKey(r.periodId, r.unitId, r.kind) from SentReminder r "
			+ "where r.campaignId = :campaignId")
	List<SentKey> sentIn(@Param("campaignId") Long campaignId);

	List<SentReminder> findByCampaignIdAndUnitIdOrderById(Long campaignId, Long unitId);
}
