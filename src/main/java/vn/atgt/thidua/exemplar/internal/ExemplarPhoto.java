package vn.atgt.thidua.exemplar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/** A photo of an exemplar; the bytes live in the common file storage, with a thumbnail. A sample (demo) says so. */
@Entity
@Table(name = "exemplar_photos")
public class ExemplarPhoto extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exemplar_id", nullable = false, updatable = false)
	private Long exemplarId;

	@Column(name = "file_id", nullable = false, updatable = false)
	private Long fileId;

	@Column(name = "thumbnail_file_id", updatable = false)
	private Long thumbnailFileId;

	@Column(length = 300)
	private String caption;

	@Column(nullable = false, updatable = false)
	private boolean sample;

	protected ExemplarPhoto() {
	}

	public ExemplarPhoto(Long exemplarId, Long fileId, Long thumbnailFileId, String caption, boolean sample) {
		this.exemplarId = exemplarId;
		this.fileId = fileId;
		this.thumbnailFileId = thumbnailFileId;
		this.caption = caption;
		this.sample = sample;
	}

	public Long getId() {
		return id;
	}

	public Long getExemplarId() {
		return exemplarId;
	}

	public Long getFileId() {
		return fileId;
	}

	public Long getThumbnailFileId() {
		return thumbnailFileId;
	}

	public String getCaption() {
		return caption;
	}

	public boolean isSample() {
		return sample;
	}
}
