package vn.atgt.thidua.submission;

/** A file copied into the storage at sending: its path in the dossier's ZIP, what it is, the stored copy's id. */
public record FrozenFile(String path, String description, Long storedFileId) {
}
