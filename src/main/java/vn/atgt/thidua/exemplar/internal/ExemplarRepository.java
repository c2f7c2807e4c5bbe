package vn.atgt.thidua.exemplar.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.exemplar.ExemplarHistoryRow;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarStatus;

public interface ExemplarRepository extends JpaRepository<Exemplar, Long> {

	String FILTER = "from Exemplar e where e.campaignId = :campaignId and (:unitId is null or e.unitId = :unitId) "
			+ "and (:status is null or e.status = :status) and (:kind is null or e.kind = :kind) ";

	String ROW = "select new vn.atgt.thidua.exemplar.internal.ExemplarListRow(e.id, e.unitId, e.kind, e.title, "
			+ "e.personName, e.startedOn, e.status, e.publishable, e.sample, "
			+ "(select count(r) from ExemplarReplication r where r.exemplarId = e.id)) ";

	/** A page of the campaign's exemplars (of one unit, or all), newest change first, with their replication counts. */
	@Query(value = ROW + FILTER + "order by e.updatedAt desc, e.id desc", countQuery = "select count(e) " + FILTER)
	Page<ExemplarListRow> search(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId,
			@Param("status") ExemplarStatus status, @Param("kind") ExemplarKind kind, Pageable pageable);

	/** The recognised exemplars of a campaign (of one unit, or all), most replicated first. */
	@Query(ROW + "from Exemplar e where e.campaignId = :campaignId and (:unitId is null or e.unitId = :unitId) "
			+ "and e.status = vn.atgt.thidua.exemplar.ExemplarStatus.RECOGNISED "
			+ "order by (select count(r) from ExemplarReplication r where r.exemplarId = e.id) desc, e.title")
	List<ExemplarListRow> recognised(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	/**
	 * The exemplars of a campaign that the standing office recognised and flagged publishable, for the public page:
	 * no person's name, no reason, nothing of a draft, proposed or returned one. Oldest first.
	 */
	@Query("select new vn.atgt.thidua.exemplar.internal.PublicExemplarRow(e.unitId, e.kind, e.title, e.description, "
			+ "e.indicator, e.valueBefore, e.valueAfter, e.results) from Exemplar e where e.campaignId = :campaignId "
			+ "and e.status = vn.atgt.thidua.exemplar.ExemplarStatus.RECOGNISED and e.publishable = true "
			+ "order by e.startedOn, e.id")
	List<PublicExemplarRow> published(@Param("campaignId") Long campaignId);

	Optional<Exemplar> findByIdAndCampaignId(Long id, Long campaignId);

	@Query("select new vn.atgt.thidua.exemplar.ExemplarHistoryRow(t.fromStatus, t.toStatus, t.reason, t.changedAt, "
			+ "t.changedBy, t.changedByName) from ExemplarTransition t where t.exemplar.id = :id order by t.changedAt, t.id")
	List<ExemplarHistoryRow> history(@Param("id") Long exemplarId);
}
