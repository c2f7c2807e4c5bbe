package vn.atgt.thidua.commendation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.commendation.ProposalHistoryRow;
import vn.atgt.thidua.commendation.ProposalStatus;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	String ROW = "select new vn.atgt.thidua.commendation.internal.ProposalListRow(p.id, p.unitId, p.kind, "
			+ "p.nomineeName, p.position, p.gender, p.frontLine, f.id, f.name, p.plannedDecisionOn, p.achievements, "
			+ "p.status, p.votesFor, p.decisionNumber, p.sample) from Proposal p, AwardForm f where f.id = p.awardFormId "
			+ "and p.campaignId = :campaignId ";

	/** A page of the campaign's proposals (of one unit, or all), by unit then nominee. */
	@Query(value = ROW + "and (:unitId is null or p.unitId = :unitId) and (:status is null or p.status = :status) "
			+ "order by p.unitId, p.nomineeName, p.id",
			countQuery = "select count(p) from Proposal p where p.campaignId = :campaignId "
					+ "and (:unitId is null or p.unitId = :unitId) and (:status is null or p.status = :status)")
	Page<ProposalListRow> search(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId,
			@Param("status") ProposalStatus status, Pageable pageable);

	/** The proposals of the campaign in these statuses (the dossier, the meeting), by unit then nominee. */
	@Query(ROW + "and p.status in :statuses order by p.unitId, p.nomineeName, p.id")
	List<ProposalListRow> inStatus(@Param("campaignId") Long campaignId,
			@Param("statuses") Collection<ProposalStatus> statuses);

	/** How many individuals, front-line workers and women are among the campaign's proposals in these statuses. */
	@Query("select new vn.atgt.thidua.commendation.internal.FairnessTally(count(p), "
			+ "coalesce(sum(case when p.frontLine = true then 1 else 0 end), 0), "
			+ "coalesce(sum(case when p.gender = vn.atgt.thidua.commendation.Gender.FEMALE then 1 else 0 end), 0)) "
			+ "from Proposal p where p.campaignId = :campaignId and p.status in :statuses "
			+ "and p.kind = vn.atgt.thidua.commendation.NomineeKind.INDIVIDUAL")
	FairnessTally fairness(@Param("campaignId") Long campaignId,
			@Param("statuses") Collection<ProposalStatus> statuses);

	/** The number of proposals per unit in these statuses, for the quota. */
	@Query("select new vn.atgt.thidua.commendation.internal.UnitTally(p.unitId, count(p)) from Proposal p "
			+ "where p.campaignId = :campaignId and p.status in :statuses group by p.unitId")
	List<UnitTally> perUnit(@Param("campaignId") Long campaignId,
			@Param("statuses") Collection<ProposalStatus> statuses);

	/** The number of the campaign's proposals in each status (the dashboard's pipeline), one grouped query. */
	@Query("select new vn.atgt.thidua.commendation.internal.StatusTally(p.status, count(p)) from Proposal p "
			+ "where p.campaignId = :campaignId group by p.status")
	List<StatusTally> perStatus(@Param("campaignId") Long campaignId);

	/** The deciding levels of the award forms of the campaign's proposals in these statuses (one dossier each). */
	@Query("select distinct f.decider from Proposal p, AwardForm f where f.id = p.awardFormId "
			+ "and p.campaignId = :campaignId and p.status in :statuses order by f.decider")
	List<String> deciders(@Param("campaignId") Long campaignId,
			@Param("statuses") Collection<ProposalStatus> statuses);

	/**
	 * The campaign's proposals in these statuses for a công trạng award that cite awards as their grounds, none of them
	 * a công trạng one (a chuyên đề award is not grounds for it), by unit then nominee; one statement.
	 */
	@Query("select new vn.atgt.thidua.commendation.internal.BasisTally(p.id, p.unitId, p.nomineeName, f.name) "
			+ "from Proposal p, AwardForm f where f.id = p.awardFormId and p.campaignId = :campaignId "
			+ "and p.status in :statuses and f.basis = vn.atgt.thidua.commendation.AwardBasis.MERIT "
			+ "and exists (select 1 from Proposal q join q.basisAwardIds b where q = p) "
			+ "and not exists (select 1 from Proposal q2 join q2.basisAwardIds b2, AwardForm g "
			+ "where q2 = p and g.id = b2 and g.basis = vn.atgt.thidua.commendation.AwardBasis.MERIT) "
			+ "order by p.unitId, p.nomineeName, p.id")
	List<BasisTally> thematicGroundsOnly(@Param("campaignId") Long campaignId,
			@Param("statuses") Collection<ProposalStatus> statuses);

	/** The campaign's nominees published for comment whose window includes the day, by unit then nominee. */
	@Query("select new vn.atgt.thidua.commendation.internal.PublicNomineeRow(p.id, p.unitId, p.kind, p.nomineeName, "
			+ "p.position, f.name, p.achievements, p.publishedUntil) from Proposal p, AwardForm f "
			+ "where f.id = p.awardFormId and p.campaignId = :campaignId "
			+ "and p.status = vn.atgt.thidua.commendation.ProposalStatus.PUBLISHED and p.publishedUntil >= :day "
			+ "order by p.unitId, p.nomineeName, p.id")
	List<PublicNomineeRow> publishedOn(@Param("campaignId") Long campaignId, @Param("day") java.time.LocalDate day);

	Optional<Proposal> findByIdAndCampaignId(Long id, Long campaignId);

	@Query("select new vn.atgt.thidua.commendation.ProposalHistoryRow(t.fromStatus, t.toStatus, t.reason, t.changedAt, "
			+ "t.changedBy, t.changedByName) from ProposalTransition t where t.proposal.id = :id order by t.changedAt, t.id")
	List<ProposalHistoryRow> history(@Param("id") Long proposalId);
}
