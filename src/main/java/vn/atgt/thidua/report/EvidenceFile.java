package vn.atgt.thidua.report;

/** The bytes of a file of evidence (or of its thumbnail) for a download, with its stored name and content type. */
public record EvidenceFile(String name, String contentType, byte[] content) {
}
