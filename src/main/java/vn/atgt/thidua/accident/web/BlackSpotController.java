package vn.atgt.thidua.accident.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.accident.BlackSpotFilter;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.BlackSpotView;
import vn.atgt.thidua.accident.FileDownload;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;

/**
 * {@code /campaigns/{id}/black-spots}: the committee's register of black spots and potential accident points —
 * list with filters and export for everyone signed in; adding, editing, moving the treatment on and evidence files
 * for those who keep it.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/black-spots")
class BlackSpotController {

	static final int PAGE_SIZE = 20;
	private static final String FORM = "accident/black-spot-form";
	private static final String VIEW = "accident/black-spot";

	private final BlackSpotService blackSpots;
	private final CampaignService campaigns;

	BlackSpotController(BlackSpotService blackSpots, CampaignService campaigns) {
		this.blackSpots = blackSpots;
		this.campaigns = campaigns;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, @RequestParam(required = false) BlackSpotKind kind,
			@RequestParam(required = false) BlackSpotStatus status, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) String q, @PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user,
			Model model) {
		AccidentPages.header(model, campaigns.get(campaignId), AccidentPages.BLACK_SPOTS_TAB);
		BlackSpotFilter filter = new BlackSpotFilter(kind, status, areaId, q);
		model.addAttribute("spots", blackSpots.search(campaignId, filter, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", BlackSpotKind.values());
		model.addAttribute("statuses", BlackSpotStatus.values());
		model.addAttribute("options", blackSpots.options(campaignId));
		model.addAttribute("canEdit", blackSpots.canEdit(user, campaignId));
		return "accident/black-spots";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) BlackSpotKind kind,
			@RequestParam(required = false) BlackSpotStatus status, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) String q) {
		return Downloads.xlsx(blackSpots.export(campaignId, new BlackSpotFilter(kind, status, areaId, q)),
				"so-theo-doi-diem-den.xlsx");
	}

	@GetMapping("/new")
	String newSpot(@PathVariable Long campaignId, CurrentUser user, Model model) {
		requireEditor(campaignId, user);
		model.addAttribute("form", BlackSpotForm.empty());
		return form(model, campaignId, null);
	}

	@PostMapping
	String create(@PathVariable Long campaignId, @Valid @ModelAttribute("form") BlackSpotForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		requireEditor(campaignId, user);
		if (result.hasErrors()) {
			return form(model, campaignId, null);
		}
		Long id;
		try {
			id = blackSpots.create(campaignId, form.toCommand(), user);
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, null);
		}
		Flash.success(redirect, "blackSpot.created", form.name());
		return view(campaignId, id);
	}

	@GetMapping("/{spotId}")
	String show(@PathVariable Long campaignId, @PathVariable Long spotId, CurrentUser user, Model model) {
		BlackSpotView spot = blackSpots.get(campaignId, spotId);
		model.addAttribute("moveForm", MoveForm.next(spot.status(), spot.version()));
		return show(model, campaignId, spot, user);
	}

	@GetMapping("/{spotId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long spotId, CurrentUser user, Model model) {
		requireEditor(campaignId, user);
		BlackSpotView spot = blackSpots.get(campaignId, spotId);
		model.addAttribute("form", BlackSpotForm.of(spot.details(), spot.version()));
		return form(model, campaignId, spotId);
	}

	@PostMapping("/{spotId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long spotId,
			@Valid @ModelAttribute("form") BlackSpotForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		requireEditor(campaignId, user);
		blackSpots.get(campaignId, spotId);
		if (result.hasErrors()) {
			return form(model, campaignId, spotId);
		}
		try {
			blackSpots.update(campaignId, spotId, form.version(), form.toCommand(), user);
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return form(model, campaignId, spotId);
		}
		Flash.success(redirect, "blackSpot.updated", form.name());
		return view(campaignId, spotId);
	}

	@PostMapping("/{spotId}/status")
	String move(@PathVariable Long campaignId, @PathVariable Long spotId,
			@Valid @ModelAttribute("moveForm") MoveForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		requireEditor(campaignId, user);
		BlackSpotView spot = blackSpots.get(campaignId, spotId);
		if (result.hasErrors()) {
			return show(model, campaignId, spot, user);
		}
		try {
			blackSpots.move(campaignId, spotId, form.version(), form.status(), form.note(), user);
		}
		catch (DomainException e) {
			Forms.reject(result, e);
			return show(model, campaignId, spot, user);
		}
		Flash.success(redirect, "blackSpot.moved", spot.details().name());
		return view(campaignId, spotId);
	}

	@PostMapping("/{spotId}/files")
	String addFiles(@PathVariable Long campaignId, @PathVariable Long spotId,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		requireEditor(campaignId, user);
		List<BlackSpotService.Upload> files = new ArrayList<>();
		for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
			if (!upload.isEmpty()) {
				files.add(new BlackSpotService.Upload(upload.getOriginalFilename(), upload.getBytes()));
			}
		}
		if (files.isEmpty()) {
			Flash.danger(redirect, "blackSpot.files.none");
			return view(campaignId, spotId);
		}
		Flash.success(redirect, "blackSpot.files.added", blackSpots.addFiles(campaignId, spotId, files, user));
		return view(campaignId, spotId);
	}

	@GetMapping("/{spotId}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable Long campaignId, @PathVariable Long spotId, @PathVariable Long fileId) {
		return download(blackSpots.file(campaignId, spotId, fileId, false));
	}

	@GetMapping("/{spotId}/files/{fileId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long campaignId, @PathVariable Long spotId,
			@PathVariable Long fileId) {
		return download(blackSpots.file(campaignId, spotId, fileId, true));
	}

	@PostMapping("/{spotId}/files/{fileId}/delete")
	String removeFile(@PathVariable Long campaignId, @PathVariable Long spotId, @PathVariable Long fileId,
			CurrentUser user, RedirectAttributes redirect) {
		blackSpots.removeFile(campaignId, spotId, fileId, user);
		Flash.success(redirect, "blackSpot.files.removed");
		return view(campaignId, spotId);
	}

	private void requireEditor(Long campaignId, CurrentUser user) {
		if (!blackSpots.canEdit(user, campaignId)) {
			throw new org.springframework.security.access.AccessDeniedException("black spots");
		}
	}

	private String form(Model model, Long campaignId, Long spotId) {
		AccidentPages.header(model, campaigns.get(campaignId), AccidentPages.BLACK_SPOTS_TAB);
		model.addAttribute("spotId", spotId);
		model.addAttribute("kinds", BlackSpotKind.values());
		model.addAttribute("options", blackSpots.options(campaignId));
		return FORM;
	}

	private String show(Model model, Long campaignId, BlackSpotView spot, CurrentUser user) {
		AccidentPages.header(model, campaigns.get(campaignId), AccidentPages.BLACK_SPOTS_TAB);
		model.addAttribute("spot", spot);
		model.addAttribute("canEdit", blackSpots.canEdit(user, campaignId));
		return VIEW;
	}

	private static ResponseEntity<byte[]> download(FileDownload file) {
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	private static String view(Long campaignId, Long spotId) {
		return "redirect:/campaigns/" + campaignId + "/black-spots/" + spotId;
	}
}
