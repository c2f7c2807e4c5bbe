package vn.atgt.thidua.commendation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.atgt.thidua.commendation.NomineeCommentRow;

public interface NomineeCommentRepository extends JpaRepository<NomineeComment, Long> {

	@Query("select new vn.atgt.thidua.commendation.NomineeCommentRow(c.authorName, c.contact, c.body, c.createdAt) "
			+ "from NomineeComment c where c.proposalId = :proposalId order by c.createdAt, c.id")
	List<NomineeCommentRow> of(@Param("proposalId") Long proposalId);
}
