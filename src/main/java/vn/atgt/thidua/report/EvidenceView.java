package vn.atgt.thidua.report;

import java.time.Instant;

import vn.atgt.thidua.common.storage.FileKind;

/**
 * A file of evidence (minh chứng) as the report page lists it: attached to the report ({@code targetId} null) or to
 * the entry of a target; a photo has a thumbnail; a sample file of the demo data says so.
 */
public record EvidenceView(Long id, Long targetId, String name, FileKind kind, long size, boolean hasThumbnail,
		String caption, boolean sample, Instant at, String by) {

	public boolean isImage() {
		return kind != null && kind.isImage();
	}

	/** What to show for it: the caption, else the file name. */
	public String label() {
		return caption == null || caption.isBlank() ? name : caption;
	}
}
