package vn.atgt.thidua.submission.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.atgt.thidua.submission.SubmissionKind;
import vn.atgt.thidua.submission.SubmissionStatus;

public interface SubmissionRepository extends JpaRepository<Submission, Long>, JpaSpecificationExecutor<Submission> {

	/** The rounds of one subject of a campaign, latest first. */
	List<Submission> findByCampaignIdAndKindAndSubjectOrderByRoundDesc(Long campaignId, SubmissionKind kind,
			String subject);

	/** The campaign's sendings, latest first (the send page's list). */
	List<Submission> findByCampaignIdOrderBySentAtDescIdDesc(Long campaignId);

	@Query("select s from Submission s left join fetch s.files where s.id = :id")
	Optional<Submission> withFiles(Long id);

	/**
	 * A page of the sendings that arrived at a committee or left it, filtered in SQL (a null filter takes all), newest
	 * first.
	 */
	default Page<Submission> page(Long receiverId, Long senderId, SubmissionStatus status, SubmissionKind kind,
			Pageable pageable) {
		Specification<Submission> spec = (root, query, cb) -> cb.conjunction();
		if (receiverId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("receiverCommitteeId"), receiverId));
		}
		if (senderId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("senderCommitteeId"), senderId));
		}
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		return findAll(spec, pageable);
	}
}
