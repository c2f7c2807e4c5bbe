package vn.atgt.thidua.common.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import jakarta.servlet.http.HttpSession;

import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.xlsx.ImportCheck;

/**
 * The two steps every sheet import takes on the shared import page: the dry run (check the uploaded sheet, show its
 * problems or keep it in the session behind a token) and the confirmation (check the kept sheet again, then let the
 * caller write all its rows). A controller builds one per import, or per request when its addresses carry ids.
 *
 * @param <C> the command one valid row becomes
 */
public final class ImportSteps<C> {

	private final ImportGate gate;
	private final ImportPage page;
	private final String kind;
	private final Function<InputStream, ImportCheck<C>> checker;

	/**
	 * @param gate the size limit of import sheets and the permits to read one
	 * @param page the page and its addresses
	 * @param kind names the sheet kept in the session (one pending sheet per kind and user)
	 * @param checker reads a sheet into commands and problems, writing nothing
	 */
	public ImportSteps(ImportGate gate, ImportPage page, String kind, Function<InputStream, ImportCheck<C>> checker) {
		this.gate = gate;
		this.page = page;
		this.kind = kind;
		this.checker = checker;
	}

	public String show(Model model) {
		return page.show(model);
	}

	/**
	 * The dry run: the problems of the sheet, or the number of rows ready and the token that confirms them. A sheet
	 * over the import size limit, one that unpacks too large, or one sent while the server reads too many others goes
	 * back to the page with the reason.
	 * @param file the upload, null when the form was sent without one
	 */
	public String check(MultipartFile file, HttpSession session, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			Flash.danger(redirect, "import.noFile");
			return "redirect:" + page.uploadUrl();
		}
		try {
			gate.admit(file);
			byte[] content = file.getBytes();
			ImportCheck<C> check = gate.read(() -> checker.apply(new ByteArrayInputStream(content)));
			String token = check.isValid() ? PendingUploads.keep(session, kind, content) : null;
			return page.showCheck(model, check, token);
		}
		catch (DomainException e) {
			Flash.danger(redirect, e.messageKey(), e.arguments());
			return "redirect:" + page.uploadUrl();
		}
	}

	/**
	 * The confirmation: checks the kept sheet again (what it refers to may have changed since the dry run) and, when
	 * every row is still valid, hands the check to {@code write}, whose view or redirect is returned. The kept sheet is
	 * taken only once a permit to read it is held, so that a busy server leaves it for the next try.
	 */
	public String confirm(String token, HttpSession session, Model model, RedirectAttributes redirect,
			Function<ImportCheck<C>, String> write) {
		ImportCheck<C> check = gate.read(() -> PendingUploads.take(session, kind, token)
			.map(content -> checker.apply(new ByteArrayInputStream(content)))
			.orElse(null));
		if (check == null) {
			Flash.danger(redirect, "import.expired");
			return "redirect:" + page.uploadUrl();
		}
		if (!check.isValid()) {
			return page.showCheck(model, check, null);
		}
		return write.apply(check);
	}
}
