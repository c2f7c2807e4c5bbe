package vn.atgt.thidua.document.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file kept among a campaign's documents as it was signed (the stored file's bytes never change): its title, whether
 * only the committee reads it, who kept it and when. Nothing changes it once kept.
 */
@Entity
@Table(name = "campaign_kept_files")
public class KeptFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(name = "stored_file_id", nullable = false, updatable = false)
	private Long storedFileId;

	@Column(nullable = false, updatable = false, length = 500)
	private String title;

	@Column(nullable = false, updatable = false)
	private boolean restricted;

	@Column(name = "kept_at", nullable = false, updatable = false)
	private Instant keptAt;

	@Column(name = "kept_by", nullable = false, updatable = false, length = 60)
	private String keptBy;

	@Column(name = "kept_by_name", nullable = false, updatable = false, length = 200)
	private String keptByName;

	protected KeptFile() {
	}

	public KeptFile(Long campaignId, Long storedFileId, String title, boolean restricted, Instant keptAt, String keptBy,
			String keptByName) {
		this.campaignId = campaignId;
		this.storedFileId = storedFileId;
		this.title = title.length() > 500 ? title.substring(0, 500) : title;
		this.restricted = restricted;
		this.keptAt = keptAt;
		this.keptBy = keptBy;
		this.keptByName = keptByName;
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public Long getStoredFileId() {
		return storedFileId;
	}

	public String getTitle() {
		return title;
	}

	public boolean isRestricted() {
		return restricted;
	}

	public Instant getKeptAt() {
		return keptAt;
	}

	public String getKeptByName() {
		return keptByName;
	}
}
