package vn.atgt.thidua.campaign.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.campaign.PeriodView;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	String VIEW = "select new vn.atgt.thidua.campaign.PeriodView(p.id, p.campaign.id, p.cadence, p.name, p.startDate, "
			+ "p.endDate, p.dueDate, p.baseline, p.version) from ReportingPeriod p ";

	@Query(VIEW + "where p.campaign.id = :campaignId order by p.baseline desc, p.startDate, p.endDate, p.id")
	List<PeriodView> views(@Param("campaignId") Long campaignId);

	@Query(VIEW + "where p.id = :id")
	Optional<PeriodView> view(@Param("id") Long periodId);

	@Query("select count(p) from ReportingPeriod p where p.campaign.id = :campaignId")
	long countOf(@Param("campaignId") Long campaignId);
}
