package vn.atgt.thidua.accident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.persistence.AuditedEntity;

/** An evidence file of a point (a photo of the site, survey minutes), kept in the common file storage. */
@Entity
@Table(name = "black_spot_files")
public class BlackSpotFile extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "black_spot_id", nullable = false, updatable = false)
	private Long blackSpotId;

	@Column(name = "file_id", nullable = false, updatable = false)
	private Long fileId;

	@Column(name = "thumbnail_file_id", updatable = false)
	private Long thumbnailFileId;

	protected BlackSpotFile() {
	}

	public BlackSpotFile(Long blackSpotId, Long fileId, Long thumbnailFileId) {
		this.blackSpotId = blackSpotId;
		this.fileId = fileId;
		this.thumbnailFileId = thumbnailFileId;
	}

	public Long getId() {
		return id;
	}

	public Long getBlackSpotId() {
		return blackSpotId;
	}

	public Long getFileId() {
		return fileId;
	}

	public Long getThumbnailFileId() {
		return thumbnailFileId;
	}
}
