package vn.atgt.thidua.common.storage;

import vn.atgt.thidua.common.i18n.Labelled;

/** The kinds of file the product accepts, recognised by their content (never by their name). */
public enum FileKind implements Labelled {
	JPEG("image/jpeg", "jpg", true),
	PNG("image/png", "png", true),
	PDF("application/pdf", "pdf", false),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

	private final String contentType;
	private final String extension;
	private final boolean image;

	FileKind(String contentType, String extension, boolean image) {
		this.contentType = contentType;
		this.extension = extension;
		this.image = image;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public boolean isImage() {
		return image;
	}

	@Override
	public String messageKey() {
		return "file.kind." + name();
	}
}
