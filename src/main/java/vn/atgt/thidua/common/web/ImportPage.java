package vn.atgt.thidua.common.web;

import org.springframework.ui.Model;

import vn.atgt.thidua.common.xlsx.ImportCheck;

/**
 * The model of the shared import page ({@code templates/import/page.html}): where to get the template, where to
 * upload, and after a dry run the problems or the number of rows ready, with the token to confirm.
 */
public record ImportPage(String titleKey, String backUrl, String templateUrl, String uploadUrl, String confirmUrl,
		String helpKey) {

	public static final String VIEW = "import/page";

	public String show(Model model) {
		model.addAttribute("importPage", this);
		return VIEW;
	}

	public String showCheck(Model model, ImportCheck<?> check, String token) {
		model.addAttribute("check", check);
		model.addAttribute("token", token);
		return show(model);
	}
}
