package vn.atgt.thidua.common.storage;

import java.time.Instant;

/** A stored file's description (its bytes are read separately). */
public record StoredFile(Long id, String key, String name, String contentType, FileKind kind, long size,
		String sha256, Instant createdAt, String createdBy) {
}
