package vn.atgt.thidua.campaign.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.TransitionRow;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

	String SUMMARY = "select new vn.atgt.thidua.campaign.CampaignSummary(c.id, c.committeeId, c.plan.planNumber, "
			+ "c.plan.title, c.plan.startDate, c.plan.endDate, c.plan.baselineYear, c.status) from Campaign c ";

	/** A campaign runs in a year when its dates meet that year. */
	String FILTER = "where c.committeeId = :committeeId and (:status is null or c.status = :status) "
			+ "and (:year is null or (extract(year from c.plan.startDate) <= :year "
			+ "and extract(year from c.plan.endDate) >= :year)) ";

	@Query(value = SUMMARY + FILTER + "order by c.plan.startDate desc, c.id desc",
			countQuery = "select count(c) from Campaign c " + FILTER)
	Page<CampaignSummary> search(@Param("committeeId") Long committeeId, @Param("status") CampaignStatus status, @Param("year") Integer year,
			Pageable pageable);

	@Query(SUMMARY + "where (:status is null or c.status = :status) order by c.plan.startDate desc, c.id desc")
	List<CampaignSummary> summaries(@Param("status") CampaignStatus status);

	@Query(SUMMARY + "where c.committeeId = :committeeId and (:status is null or c.status = :status) "
			+ "order by c.plan.startDate desc, c.id desc")
	List<CampaignSummary> summariesOf(@Param("committeeId") Long committeeId, @Param("status") CampaignStatus status);

	@Query("select new vn.atgt.thidua.campaign.FollowerRow(c.followsCampaignId, c.id, c.committeeId, c.plan.planNumber, "
			+ "c.plan.planDate, c.plan.title, c.plan.startDate, c.plan.endDate, c.status) from Campaign c "
			+ "where c.followsCampaignId in :ids order by c.plan.planDate, c.id")
	List<vn.atgt.thidua.campaign.FollowerRow> followers(@Param("ids") java.util.Collection<Long> ids);

	@Query("select min(c.plan.startDate) from Campaign c")
	LocalDate firstStart();

	@Query("select max(c.plan.endDate) from Campaign c")
	LocalDate lastEnd();

	@Query("select c.committeeId from Campaign c where c.id = :id")
	java.util.Optional<Long> committeeOf(@Param("id") Long id);

	@Query("select c.status from Campaign c where c.id = :id")
	CampaignStatus statusOf(@Param("id") Long id);

	@Query("select new vn.atgt.thidua.campaign.TransitionRow(t.fromStatus, t.toStatus, t.changedAt, t.changedBy, "
			+ "t.changedByName) from CampaignTransition t where t.campaign.id = :id order by t.changedAt, t.id")
	List<TransitionRow> history(@Param("id") Long campaignId);
}
