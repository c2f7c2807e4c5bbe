package vn.atgt.thidua.rollup.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.accident.ComparisonCells;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.rollup.RollupCampaignPage;
import vn.atgt.thidua.rollup.RollupQueries;
import vn.atgt.thidua.rollup.RollupSheet;

/**
 * {@code /rollup}: the parent committee's roll-up of its children's movements (issue 18), read-only: the first page,
 * the roll-up of one of the parent's campaigns and its XLSX, the drill-down into a child's campaign. No POST: the
 * parent changes nothing of its children.
 */
@Controller
@RequestMapping("/rollup")
class RollupController {

	private final RollupQueries queries;
	private final RollupSheet sheet;
	private final MessageSource messages;

	RollupController(RollupQueries queries, RollupSheet sheet, MessageSource messages) {
		this.queries = queries;
		this.sheet = sheet;
		this.messages = messages;
	}

	@GetMapping
	String overview(CurrentUser user, Model model) {
		model.addAttribute("page", queries.overview(user));
		return "rollup/overview";
	}

	@GetMapping("/{campaignId}")
	String campaign(@PathVariable Long campaignId, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("page", queries.campaign(user, campaignId));
		model.addAttribute("criteria", Criterion.main());
		model.addAttribute("cells", ComparisonCells.of(messages, locale));
		return "rollup/campaign";
	}

	@GetMapping("/{campaignId}/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, CurrentUser user) {
		RollupCampaignPage page = queries.campaign(user, campaignId);
		return Downloads.xlsx(sheet.write(page), "tong-hop-cap-duoi-" + campaignId + ".xlsx");
	}

	@GetMapping("/children/{campaignId}")
	String child(@PathVariable Long campaignId, CurrentUser user, Model model) {
		model.addAttribute("page", queries.child(user, campaignId));
		model.addAttribute("criteria", Criterion.main());
		return "rollup/child";
	}
}
