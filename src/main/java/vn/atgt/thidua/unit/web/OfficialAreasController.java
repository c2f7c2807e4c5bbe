package vn.atgt.thidua.unit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.unit.OfficialAreasPlan;
import vn.atgt.thidua.unit.UnitQueries;

/**
 * Loads a province of the official list of administrative units (issue 18, item 5): choose the province and whether
 * the pre-reform districts and communes come too, look at the dry run (what is new, what exists), then load.
 */
@Controller
@RequestMapping("/admin/areas/official")
class OfficialAreasController {

	private final UnitQueries queries;

	OfficialAreasController(UnitQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String page(@RequestParam(required = false) String province, @RequestParam(defaultValue = "false") boolean former,
			CurrentUser user, Model model) {
		model.addAttribute("provinces", queries.officialProvinces(user));
		model.addAttribute("province", province);
		model.addAttribute("former", former);
		model.addAttribute("plan", province == null || province.isBlank() ? null
				: queries.officialAreasPlan(user, province, former));
		return "unit/official-areas";
	}

	@PostMapping
	String load(@RequestParam String province, @RequestParam(defaultValue = "false") boolean former, CurrentUser user,
			RedirectAttributes redirect) {
		OfficialAreasPlan done = queries.loadOfficialAreas(user, province, former);
		Flash.success(redirect, "area.official.loaded", done.provinceName(), done.newCommunes(),
				done.newFormerAreas(), done.newLinks(), done.skippedLinks());
		return "redirect:/admin/areas/official?province=" + province + "&former=" + former;
	}
}
