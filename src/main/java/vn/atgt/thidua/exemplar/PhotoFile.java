package vn.atgt.thidua.exemplar;

/** A photo's bytes for a download, with its name and type. */
public record PhotoFile(String name, String contentType, byte[] content) {
}
