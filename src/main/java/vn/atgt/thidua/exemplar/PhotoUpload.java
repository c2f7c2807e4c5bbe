package vn.atgt.thidua.exemplar;

/** An uploaded photo: its name as the user's computer gave it, its bytes and an optional caption. */
public record PhotoUpload(String name, byte[] content, String caption) {
}
