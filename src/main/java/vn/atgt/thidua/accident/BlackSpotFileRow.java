package vn.atgt.thidua.accident;

import java.time.Instant;

import vn.atgt.thidua.common.storage.FileKind;

/** An evidence file of a point: its name, kind and size, whether it has a thumbnail, who added it and when. */
public record BlackSpotFileRow(Long id, String name, FileKind kind, long size, boolean hasThumbnail, Instant addedAt,
		String addedBy) {
}
