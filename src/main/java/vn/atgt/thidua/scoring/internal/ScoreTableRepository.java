package vn.atgt.thidua.scoring.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;

public interface ScoreTableRepository extends JpaRepository<ScoreTable, Long> {

	Optional<ScoreTable> findByCampaignId(Long campaignId);

	/** Whether the campaign has a table at all: one cheap statement before the dashboard reads a ranking. */
	boolean existsByCampaignId(Long campaignId);

	/** The table for a change: its version goes up with any change of its lines, grades or exclusions. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select t from ScoreTable t where t.campaignId = :campaignId")
	Optional<ScoreTable> forChange(@Param("campaignId") Long campaignId);

	@Query("select t.campaignId from ScoreTable t")
	java.util.List<Long> campaignIds();

	@Query("select t.id from ScoreTable t where t.campaignId = :campaignId")
	Optional<Long> idOf(@Param("campaignId") Long campaignId);

	/** The campaign's table as the office's form showed it. */
	default ScoreTable forChange(Long campaignId, long version) {
		ScoreTable table = forChange(campaignId).orElseThrow(() -> new NotFoundException("score table",
				campaignId));
		StaleDataException.check(table, version);
		return table;
	}
}
