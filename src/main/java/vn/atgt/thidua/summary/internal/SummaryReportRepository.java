package vn.atgt.thidua.summary.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SummaryReportRepository extends JpaRepository<SummaryReport, Long> {

	/**
	 * The report to change: its version is raised at commit whatever part changes (a section's text, the highlights),
	 * so that a save made from an older page, or at the same moment by someone else, is refused.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select r from SummaryReport r where r.id = :id")
	Optional<SummaryReport> forChange(@Param("id") Long id);

	@Query("select r from SummaryReport r where r.campaignId = :campaignId order by r.id desc")
	List<SummaryReport> ofCampaign(@Param("campaignId") Long campaignId);
}
