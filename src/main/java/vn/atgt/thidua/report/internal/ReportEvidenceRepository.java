package vn.atgt.thidua.report.internal;

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
}
