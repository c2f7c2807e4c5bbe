package vn.atgt.thidua.monitoring.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.monitoring.NotificationKind;
import vn.atgt.thidua.monitoring.NotificationService;

/** {@code /notifications}: the signed-in user's notifications and her e-mail choices. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(CurrentUser user, @PageableDefault(size = 30) Pageable pageable, Model model) {
		model.addAttribute("notifications", notifications.page(user.id(), pageable));
		return "monitoring/notifications";
	}

	@PostMapping("/{id}/open")
	String open(CurrentUser user, @PathVariable Long id) {
		return "redirect:" + notifications.open(user.id(), id);
	}

	@PostMapping("/read-all")
	String readAll(CurrentUser user, RedirectAttributes redirect) {
		notifications.markAllRead(user.id());
		Flash.success(redirect, "notification.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/preferences")
	String preferences(CurrentUser user, Model model) {
		model.addAttribute("choices", notifications.emailChoices(user.id()));
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("emailEnabled", notifications.emailEnabled());
		return "monitoring/preferences";
	}

	@PostMapping("/preferences")
	String savePreferences(CurrentUser user, @RequestParam(name = "email", required = false) Set<NotificationKind> email,
			RedirectAttributes redirect) {
		notifications.saveEmailChoices(user.id(), email == null ? EnumSet.noneOf(NotificationKind.class) : email);
		Flash.success(redirect, "notification.preferences.saved");
		return "redirect:/notifications/preferences";
	}
}
