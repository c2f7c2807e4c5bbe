package vn.atgt.thidua.document;

import vn.atgt.thidua.common.storage.FileKind;

/** A generated document, ready to download: its file name (already safe to send), its kind and its bytes. */
public record DocumentFile(String fileName, FileKind kind, byte[] content) {
}
