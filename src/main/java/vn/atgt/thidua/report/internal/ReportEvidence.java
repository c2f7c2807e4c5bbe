package vn.atgt.thidua.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.report.ReportRules;

/**
 * A file attached to a report, or to one of its entries (a photo of the checkpoint, the signed summary PDF); the
 * bytes live in the common file storage, a photo has a thumbnail there too. A sample file (demo data) says so.
 */
@Entity
@Table(name = "report_evidence")
public class ReportEvidence extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private Long reportId;

	@Column(name = "entry_id", updatable = false)
	private Long entryId;

	@Column(name = "file_id", nullable = false, updatable = false)
	private Long fileId;

	@Column(name = "thumbnail_file_id", updatable = false)
	private Long thumbnailFileId;

	@Column(length = ReportRules.CAPTION_MAX)
	private String caption;

	@Column(nullable = false, updatable = false)
	private boolean sample;

	protected ReportEvidence() {
	}

	public ReportEvidence(Long reportId, Long entryId, Long fileId, Long thumbnailFileId, String caption,
			boolean sample) {
		this.reportId = reportId;
		this.entryId = entryId;
		this.fileId = fileId;
		this.thumbnailFileId = thumbnailFileId;
		this.caption = caption;
		this.sample = sample;
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public Long getFileId() {
		return fileId;
	}

	public Long getThumbnailFileId() {
		return thumbnailFileId;
	}
}
