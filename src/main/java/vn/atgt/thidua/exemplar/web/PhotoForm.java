package vn.atgt.thidua.exemplar.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The photos chosen (the multipart input "files", unchosen inputs come empty) and the caption typed beside them. */
record PhotoForm(@Size(max = 300, message = "{validation.tooLong}") String caption, List<MultipartFile> files) {

	static PhotoForm empty() {
		return new PhotoForm("", null);
	}
}
