package vn.atgt.thidua.report.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The counter of changes to a campaign's kept target values ({@code target_value_versions}, V151), raised by
 * {@link TargetValues} in the transaction that changes them and read by {@link CompletionCache}'s callers before every
 * read of the counts. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
 */
public interface CompletionVersionRepository extends Repository<ProgressReport, Long> {

	/**
	 * What the completion counts of the campaign rest on, in one statement: the counter of its kept values (0 without a
	 * row) and a fingerprint of its task areas (how many, the newest id, the sum of their versions), whose numbers and
	 * titles the counts carry and which the office may add, rename or move while the campaign runs.
	 */
	@Query(nativeQuery = true, value = """
			SELECT COALESCE((SELECT v.version FROM target_value_versions v WHERE v.campaign_id = :campaignId), 0)
			         AS "values",
			       COUNT(ta.id) AS "taskAreas", COALESCE(MAX(ta.id), 0) AS "lastTaskArea",
			       COALESCE(SUM(ta.version), 0) AS "taskAreaVersions"
			FROM campaign_task_areas ta WHERE ta.campaign_id = :campaignId""")
	CompletionVersionRow version(@Param("campaignId") Long campaignId);

	/**
	 * Makes sure the campaign has its counter; a second transaction doing the same waits for the first and does
	 * nothing (so that {@link #raise} never meets a missing row, nor two transactions a unique-key clash).
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO target_value_versions (campaign_id, version) VALUES (:campaignId, 0)
			ON CONFLICT DO NOTHING""")
	int create(@Param("campaignId") Long campaignId);

	/**
	 * Raises the campaign's counter; the row stays locked until the transaction ends, so that the counter of a
	 * campaign goes up in the order in which its changes commit.
	 */
	@Modifying
	@Query(nativeQuery = true, value = "UPDATE target_value_versions SET version = version + 1 WHERE campaign_id = :campaignId")
	int raise(@Param("campaignId") Long campaignId);
}
