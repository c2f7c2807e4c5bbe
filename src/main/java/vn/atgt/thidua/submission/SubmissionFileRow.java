package vn.atgt.thidua.submission;

import vn.atgt.thidua.common.storage.FileKind;

/** A frozen file of a sending: its path in the dossier, what it is, its stored name, kind and size. */
public record SubmissionFileRow(Long id, String path, String description, String fileName, FileKind kind, long size) {
}
