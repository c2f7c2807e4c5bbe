package vn.atgt.thidua.report.internal;

import java.time.Instant;

/** A file of evidence as its table holds it (the file's name and kind are in the common file storage). */
public record EvidenceRow(Long id, Long targetId, Long fileId, Long thumbnailFileId, String caption, boolean sample,
		Instant createdAt, String createdBy) {
}
