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

	/**
	 * The participants of a campaign with their units' names and kinds, agencies first, then communes, organisations
	 * and others, each by name: one statement whatever the number of units (it reads the unit module's table for the
	 * names, as the lists that page participants do).
	 */
	@Query(nativeQuery = true, value = """
			SELECT p.id AS "id", p.campaign_id AS "campaignId", p.unit_id AS "unitId", u.name AS "unitName",
			       u.short_name AS "unitShortName", u.kind AS "unitKind", p.contact_name AS "contactName",
			       p.contact_position AS "contactPosition", p.contact_phone AS "contactPhone",
			       p.contact_email AS "contactEmail", p.joined_on AS "joinedOn", p.left_on AS "leftOn",
			       p.version AS "version"
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			WHERE p.campaign_id = :campaignId
			ORDER BY CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1 WHEN 'MASS_ORGANISATION' THEN 2
			                     ELSE 3 END, u.name, u.id""")
	List<ParticipantUnitRow> withUnits(@Param("campaignId") Long campaignId);

	/** The filter of {@link #selectedUnitIds} and {@link #selectedPage}: one unit, a kind of unit, an area (or any). */
	String SELECTED = """
			FROM campaign_participants p
			JOIN units u ON u.id = p.unit_id
			WHERE p.campaign_id = :campaignId AND (:anyUnit = TRUE OR p.unit_id = :unitId)
			  AND (:anyKind = TRUE OR u.kind = :kind) AND (:anyArea = TRUE OR u.area_id = :areaId)
			ORDER BY CASE u.kind WHEN 'AGENCY' THEN 0 WHEN 'COMMUNE_COMMITTEE' THEN 1 WHEN 'MASS_ORGANISATION' THEN 2
			                     ELSE 3 END, u.name, u.id
			""";

	/** The units of the participants the filter selects, in the order of {@link #withUnits}. */
	@Query(nativeQuery = true, value = "SELECT p.unit_id " + SELECTED)
	List<Long> selectedUnitIds(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId, @Param("anyKind") boolean anyKind, @Param("kind") String kind,
			@Param("anyArea") boolean anyArea, @Param("areaId") Long areaId);

	/** A page of the participants the filter selects, as {@link #withUnits} reads them. */
	@Query(nativeQuery = true, value = """
			SELECT p.id AS "id", p.campaign_id AS "campaignId", p.unit_id AS "unitId", u.name AS "unitName",
			       u.short_name AS "unitShortName", u.kind AS "unitKind", p.contact_name AS "contactName",
			       p.contact_position AS "contactPosition", p.contact_phone AS "contactPhone",
			       p.contact_email AS "contactEmail", p.joined_on AS "joinedOn", p.left_on AS "leftOn",
			       p.version AS "version"
			""" + SELECTED + "OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
	List<ParticipantUnitRow> selectedPage(@Param("campaignId") Long campaignId, @Param("anyUnit") boolean anyUnit,
			@Param("unitId") Long unitId, @Param("anyKind") boolean anyKind, @Param("kind") String kind,
			@Param("anyArea") boolean anyArea, @Param("areaId") Long areaId, @Param("offset") long offset,
			@Param("size") int size);

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
