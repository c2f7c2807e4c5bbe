package vn.atgt.thidua.monitoring.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UrgingRepository extends JpaRepository<Urging, Long> {

	/** The latest urging of every unit urged in the campaign, in one query. */
	@Query("select new vn.atgt.thidua.monitoring.internal.LastUrging(u.unitId, u.changedAt, u.sample) from Urging u "
			+ "where u.campaignId = :campaignId and u.id = (select max(x.id) from Urging x "
			+ "where x.campaignId = u.campaignId and x.unitId = u.unitId)")
	List<LastUrging> latest(@Param("campaignId") Long campaignId);

	/** As {@link #latest}, of the given units only (a page of the late list). */
	@Query("select new vn.atgt.thidua.monitoring.internal.LastUrging(u.unitId, u.changedAt, u.sample) from Urging u "
			+ "where u.campaignId = :campaignId and u.unitId in :unitIds and u.id = (select max(x.id) from Urging x "
			+ "where x.campaignId = u.campaignId and x.unitId = u.unitId)")
	List<LastUrging> latestOf(@Param("campaignId") Long campaignId, @Param("unitIds") Collection<Long> unitIds);
}
