package vn.atgt.thidua.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.dashboard.PublicPages;

/**
 * The public page of a campaign (no sign-in; 404 while off, 429 past the rate limit) and the standing office's switch
 * on the dashboard.
 */
@Controller
class PublicController {

	private final PublicPages pages;

	PublicController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/public/campaigns/{campaignId}")
	String page(@PathVariable Long campaignId, HttpServletRequest request, Model model) {
		if (!pages.admits(request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		model.addAttribute("page", pages.page(campaignId));
		return "dashboard/public";
	}

	@PostMapping("/campaigns/{campaignId}/dashboard/public")
	String switchTo(@PathVariable Long campaignId, @RequestParam(required = false) String enabled, CurrentUser user,
			RedirectAttributes redirect) {
		boolean on = "true".equals(enabled);
		pages.switchTo(user, campaignId, on);
		Flash.success(redirect, on ? "public.switchedOn" : "public.switchedOff");
		return "redirect:/campaigns/" + campaignId + "/dashboard";
	}
}
