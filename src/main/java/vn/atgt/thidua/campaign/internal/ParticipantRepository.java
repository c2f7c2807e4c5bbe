package vn.atgt.thidua.campaign.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	String ROW = "select new vn.atgt.thidua.campaign.internal.ParticipantRow(p.id, p.campaign.id, p.unitId, "
			+ "p.contactName, p.contactPosition, p.contactPhone, p.contactEmail, p.joinedOn, p.leftOn, p.version) "
			+ "from Participant p ";

	@Query(ROW + "where p.campaign.id = :campaignId")
	List<ParticipantRow> rows(@Param("campaignId") Long campaignId);

	@Query(ROW + "where p.campaign.id = :campaignId and p.unitId = :unitId")
	Optional<ParticipantRow> rowOfUnit(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query(ROW + "where p.id = :id")
	Optional<ParticipantRow> row(@Param("id") Long participantId);

	@Query("select p.unitId from Participant p where p.campaign.id = :campaignId")
	List<Long> unitIds(@Param("campaignId") Long campaignId);

	@Query("select count(p) > 0 from Participant p where p.campaign.id = :campaignId and p.unitId = :unitId")
	boolean exists(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query("select count(p) from Participant p where p.campaign.id = :campaignId")
	long countOf(@Param("campaignId") Long campaignId);
}
