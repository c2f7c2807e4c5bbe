package vn.atgt.thidua.submission.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A frozen file of a sending: its place and path in the dossier, what it is, and the stored copy made at sending
 * (whose bytes never change). Nothing changes it once written.
 */
@Entity
@Table(name = "upward_submission_files")
public class SubmissionFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "submission_id", updatable = false)
	private Submission submission;

	@Column(name = "file_order", nullable = false, updatable = false)
	private int order;

	@Column(nullable = false, updatable = false, length = 300)
	private String path;

	@Column(nullable = false, updatable = false, length = 500)
	private String description;

	@Column(name = "stored_file_id", nullable = false, updatable = false)
	private Long storedFileId;

	protected SubmissionFile() {
	}

	SubmissionFile(Submission submission, int order, String path, String description, Long storedFileId) {
		this.submission = submission;
		this.order = order;
		this.path = cut(path, 300);
		this.description = cut(description, 500);
		this.storedFileId = storedFileId;
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	public Long getId() {
		return id;
	}

	public int getOrder() {
		return order;
	}

	public String getPath() {
		return path;
	}

	public String getDescription() {
		return description;
	}

	public Long getStoredFileId() {
		return storedFileId;
	}
}
