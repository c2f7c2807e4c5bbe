package vn.atgt.thidua.monitoring;

/** The matrix as an Excel file to download: its name ({@code theo-doi-<plan>.xlsx}) and content. */
public record MatrixSheet(String fileName, byte[] content) {
}
