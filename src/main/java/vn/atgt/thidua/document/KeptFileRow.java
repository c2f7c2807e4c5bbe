package vn.atgt.thidua.document;

import java.time.Instant;

import vn.atgt.thidua.common.storage.FileKind;

/** A line of the campaign's kept files: the title, the file's name, kind and size, who kept it and when. */
public record KeptFileRow(Long id, String title, String fileName, FileKind kind, long size, Instant keptAt,
		String keptByName) {
}
