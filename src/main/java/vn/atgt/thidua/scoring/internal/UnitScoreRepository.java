package vn.atgt.thidua.scoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.scoring.ScoreScope;

public interface UnitScoreRepository extends JpaRepository<UnitScore, Long> {

	@Query("select s.id from UnitScore s where s.campaignId = :campaignId and s.unitId = :unitId")
	Optional<Long> idOf(@Param("campaignId") Long campaignId, @Param("unitId") Long unitId);

	@Query("select new vn.atgt.thidua.scoring.ScoreScope(s.id, s.campaignId, s.unitId, s.status) from UnitScore s "
			+ "where s.id = :id")
	Optional<ScoreScope> scope(@Param("id") Long id);

	/** Every score of the campaign with its lines, in one statement (the ranking). */
	@Query("select distinct s from UnitScore s left join fetch s.lines where s.campaignId = :campaignId")
	List<UnitScore> withLines(@Param("campaignId") Long campaignId);

	/** A draft's lines of criteria the office removes from the table. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from ScoreLine l where l.criterionId in :criterionIds")
	int deleteLinesOf(@Param("criterionIds") Collection<Long> criterionIds);

	/** The score for a change: its version goes up with any change of its lines. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select s from UnitScore s where s.id = :id")
	Optional<UnitScore> forChange(@Param("id") Long id);

	default UnitScore forChange(Long id, long version) {
		UnitScore score = forChange(id).orElseThrow(() -> new NotFoundException("score", id));
		StaleDataException.check(score, version);
		return score;
	}
}
