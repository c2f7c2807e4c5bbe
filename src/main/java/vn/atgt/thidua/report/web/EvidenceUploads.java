package vn.atgt.thidua.report.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.report.EvidenceUpload;

/**
 * The files chosen on the report page: the report's own ({@value #EVIDENCE}, with the caption typed beside it), and
 * each entry's ({@code evidence-<target id>}); unchosen inputs are skipped, an unreadable file is put on the form.
 */
final class EvidenceUploads {

	/** The file input of the report as a whole; an entry's is {@code evidence-<target id>}. */
	static final String EVIDENCE = "evidence";

	private EvidenceUploads() {
	}

	static List<EvidenceUpload> of(HttpServletRequest request, BindingResult result) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<EvidenceUpload> uploads = new ArrayList<>();
		if (multipart == null) {
			return uploads;
		}
		String caption = multipart.getParameter("evidenceCaption");
		for (Map.Entry<String, List<MultipartFile>> input : multipart.getMultiFileMap().entrySet()) {
			Long targetId = targetOf(input.getKey());
			if (targetId == null && !input.getKey().equals(EVIDENCE)) {
				continue;
			}
			for (MultipartFile file : input.getValue()) {
				if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
					continue;
				}
				try {
					uploads.add(new EvidenceUpload(targetId, file.getOriginalFilename(), file.getBytes(),
							targetId == null ? caption : null));
				}
				catch (IOException e) {
					Forms.reject(result, new DomainException("report.evidence.unreadable", file.getOriginalFilename()));
				}
			}
		}
		return uploads;
	}

	private static Long targetOf(String inputName) {
		if (!inputName.startsWith(EVIDENCE + "-")) {
			return null;
		}
		try {
			return Long.valueOf(inputName.substring(EVIDENCE.length() + 1));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
