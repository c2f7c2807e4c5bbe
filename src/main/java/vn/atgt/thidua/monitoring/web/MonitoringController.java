package vn.atgt.thidua.monitoring.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.monitoring.MatrixFilter;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.monitoring.StatusMatrix;
import vn.atgt.thidua.monitoring.UrgingResult;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.common.security.StandingOffice;

/**
 * The campaign tab "Theo dõi, đôn đốc": the status matrix {@code /campaigns/{id}/monitoring} (filters by unit kind and
 * task area, Excel export), and the late list {@code /campaigns/{id}/monitoring/late} from which the standing office
 * urges selected units ({@code POST …/late/urge}) or downloads the urging letter (the document module's address, the
 * form's second button). Leaders read both pages; unit users get 403 everywhere.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/monitoring")
class MonitoringController {

	static final String TAB = "monitoring";

	private final CampaignService campaigns;
	private final MonitoringService monitoring;
	private final MessageSource messages;

	MonitoringController(CampaignService campaigns, MonitoringService monitoring, MessageSource messages) {
		this.campaigns = campaigns;
		this.monitoring = monitoring;
		this.messages = messages;
	}

	@GetMapping
	@MonitoringReaders
	String matrix(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, CurrentUser user, Locale locale,
			HttpServletRequest request, Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		MatrixFilter filter = MatrixFilter.of(unitKind, number(taskAreaId));
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", TAB);
		StatusMatrix matrix = monitoring.matrix(user, campaignId, filter);
		model.addAttribute("matrix", matrix);
		model.addAttribute("view", MatrixView.of(matrix, messages, locale, request.getContextPath()));
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("taskAreas", campaigns.taskAreas(campaignId));
		return "monitoring/matrix";
	}

	@GetMapping("/export")
	@MonitoringReaders
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) String unitKind,
			@RequestParam(required = false) String taskAreaId, CurrentUser user, Locale locale) {
		CampaignView campaign = campaigns.get(campaignId);
		byte[] sheet = monitoring.matrixSheet(user, campaignId, MatrixFilter.of(unitKind, number(taskAreaId)), locale);
		String plan = campaign.planNumber().replaceAll("[^\\p{L}\\p{N}]+", "-");
		return Downloads.xlsx(sheet, "theo-doi-" + plan + ".xlsx");
	}

	@GetMapping("/late")
	@MonitoringReaders
	String late(@PathVariable Long campaignId, @RequestParam(required = false) String item, CurrentUser user,
			Model model) {
		CampaignView campaign = campaigns.get(campaignId);
		ItemSelection selection = ItemSelection.parse(item);
		model.addAttribute("campaign", campaign);
		model.addAttribute("tab", TAB);
		model.addAttribute("selection", selection);
		model.addAttribute("periods", monitoring.reportingPeriods(campaignId));
		model.addAttribute("units", monitoring.lateUnits(user, campaignId, selection));
		model.addAttribute("canUrge", campaign.isActive() && user.hasAny(Role.STANDING_OFFICE, Role.ADMIN));
		return "monitoring/late";
	}

	@PostMapping("/late/urge")
	@StandingOffice
	String urge(@PathVariable Long campaignId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
			@RequestParam(required = false) String item, CurrentUser user, RedirectAttributes redirect) {
		ItemSelection selection = ItemSelection.parse(item);
		String back = latePage(campaignId, selection);
		if (unitIds == null || unitIds.isEmpty()) {
			Flash.warning(redirect, "monitoring.urge.noUnit");
			return back;
		}
		UrgingResult result = monitoring.urge(user, campaignId, unitIds, selection);
		if (result.urged() == 0) {
			Flash.warning(redirect, "monitoring.urge.nothingLate");
		}
		else {
			Flash.success(redirect, "monitoring.urge.sent", result.urged(), result.notified(), result.skipped());
		}
		return back;
	}

	private static String latePage(Long campaignId, ItemSelection selection) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns/{id}/monitoring/late");
		if (!selection.param().isEmpty()) {
			uri.queryParam("item", selection.param());
		}
		return "redirect:" + uri.buildAndExpand(campaignId).toUriString();
	}

	/** A number from a filter parameter; anything else is no filter. */
	private static Long number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
