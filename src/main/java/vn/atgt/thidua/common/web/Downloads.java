package vn.atgt.thidua.common.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads: always as attachments, with a UTF-8 file name (Vietnamese names survive). */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.contentLength(content.length)
			.body(content);
	}

	public static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return attachment(content, fileName, XLSX);
	}
}
