package vn.atgt.thidua.submission;

/** A frozen file's bytes (or the ZIP of all of them), with its name and content type. */
public record SubmissionDownload(String fileName, String contentType, byte[] content) {
}
