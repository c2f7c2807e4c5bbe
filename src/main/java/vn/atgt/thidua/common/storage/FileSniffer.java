package vn.atgt.thidua.common.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a file by its first bytes (and, for Office files, by the parts inside the ZIP), so that an executable
 * renamed to ".jpg" is refused whatever its name says.
 */
public final class FileSniffer {

	private static final int MAX_ZIP_ENTRIES = 2_000;

	private FileSniffer() {
	}

	public static Optional<FileKind> kindOf(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
			return officeKind(content);
		}
		return Optional.empty();
	}

	private static Optional<FileKind> officeKind(byte[] content) {
		boolean contentTypes = false;
		FileKind kind = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				if (name.equals("word/document.xml")) {
					kind = FileKind.DOCX;
				}
				else if (name.equals("xl/workbook.xml")) {
					kind = FileKind.XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
