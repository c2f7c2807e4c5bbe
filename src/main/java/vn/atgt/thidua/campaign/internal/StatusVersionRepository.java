package vn.atgt.thidua.campaign.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The counter of changes to where a campaign's units stand ({@code campaign_status_versions}, V156), raised by
 * {@link vn.atgt.thidua.campaign.CampaignStatusVersions}. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
 */
public interface StatusVersionRepository extends Repository<Campaign, Long> {

	/** The campaign's counter; 0 without a row. */
	@Query(nativeQuery = true, value = """
			SELECT COALESCE((SELECT v.version FROM campaign_status_versions v WHERE v.campaign_id = :campaignId), 0)""")
	long version(@Param("campaignId") Long campaignId);

	/**
	 * Makes sure the campaign has its counter; a second transaction doing the same waits for the first and does
	 * nothing (so that {@link #raise} never meets a missing row, nor two transactions a unique-key clash).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO campaign_status_versions (campaign_id, version) VALUES (:campaignId, 0)
			ON CONFLICT DO NOTHING""")
	int create(@Param("campaignId") Long campaignId);

	/** Raises the campaign's counter; its row stays locked until the transaction ends. */
	@Modifying
	@Query(nativeQuery = true, value = """
			UPDATE campaign_status_versions SET version = version + 1 WHERE campaign_id = :campaignId""")
	int raise(@Param("campaignId") Long campaignId);

	/** The campaigns the unit takes part in. */
	@Query(nativeQuery = true, value = """
			SELECT DISTINCT p.campaign_id FROM campaign_participants p WHERE p.unit_id = :unitId ORDER BY 1""")
	List<Long> campaignsOf(@Param("unitId") Long unitId);
}
