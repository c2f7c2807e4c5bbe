package vn.atgt.thidua.summary.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SummaryReportRepository extends JpaRepository<SummaryReport, Long> {

	@Query("select r from SummaryReport r where r.campaignId = :campaignId order by r.id desc")
	List<SummaryReport> ofCampaign(@Param("campaignId") Long campaignId);
}
