package vn.atgt.thidua.summary;

/** A generated report file and how long its generation took. */
public record SummaryFile(String fileName, byte[] content, long millis) {
}
