package vn.atgt.thidua.accident;

/** A stored file to send to the browser: its sanitised name, content type and bytes. */
public record FileDownload(String name, String contentType, byte[] content) {
}
