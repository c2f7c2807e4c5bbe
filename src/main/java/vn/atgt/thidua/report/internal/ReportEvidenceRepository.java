package vn.atgt.thidua.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportEvidenceRepository extends JpaRepository<ReportEvidence, Long> {

	@Query("select new vn.atgt.thidua.report.internal.EvidenceRow(v.id, e.targetId, v.fileId, v.thumbnailFileId, "
			+ "v.caption, v.sample, v.createdAt, v.createdBy) from ReportEvidence v "
			+ "left join ProgressEntry e on e.id = v.entryId where v.reportId = :reportId order by v.id")
	List<EvidenceRow> ofReport(@Param("reportId") Long reportId);

	Optional<ReportEvidence> findByIdAndReportId(Long id, Long reportId);

	/**
	 * The name, kind and size of stored files, from the common file storage's table: id, original_name, kind,
	 * size_bytes (one query for a whole page of evidence).
	 */
	@Query(nativeQuery = true, value = "SELECT id, original_name, kind, size_bytes FROM stored_files WHERE id IN (:ids)")
	List<Object[]> files(@Param("ids") Collection<Long> ids);
}
