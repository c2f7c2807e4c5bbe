package vn.atgt.thidua.common.web;

import org.springframework.util.unit.DataSize;

/**
 * An upload limit as the messages show it ("10MB"): the limits are Spring's own multipart settings
 * ({@code spring.servlet.multipart.*}, set in application.properties), read from its properties bean rather than
 * written again here with their defaults.
 */
final class UploadSizes {

	private UploadSizes() {
	}

	static String shown(DataSize size) {
		if (size == null || size.toBytes() < 0) {
			return "";
		}
		long megabytes = size.toMegabytes();
		return megabytes > 0 && DataSize.ofMegabytes(megabytes).equals(size) ? megabytes + "MB"
				: size.toKilobytes() > 0 ? size.toKilobytes() + "KB" : size.toBytes() + "B";
	}
}
