package vn.atgt.thidua.accident.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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

import vn.atgt.thidua.accident.BlackSpotFileService;
import vn.atgt.thidua.accident.BlackSpotFilter;
import vn.atgt.thidua.accident.BlackSpotFormPage;
import vn.atgt.thidua.accident.BlackSpotKind;
import vn.atgt.thidua.accident.BlackSpotListPage;
import vn.atgt.thidua.accident.BlackSpotPage;
import vn.atgt.thidua.accident.BlackSpotQueries;
import vn.atgt.thidua.accident.BlackSpotService;
import vn.atgt.thidua.accident.BlackSpotStatus;
import vn.atgt.thidua.accident.FileDownload;
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
	private final BlackSpotQueries queries;
	private final BlackSpotFileService files;

	BlackSpotController(BlackSpotService blackSpots, BlackSpotQueries queries, BlackSpotFileService files) {
		this.blackSpots = blackSpots;
		this.queries = queries;
		this.files = files;
	}

	@GetMapping
	String list(@PathVariable Long campaignId, @RequestParam(required = false) BlackSpotKind kind,
			@RequestParam(required = false) BlackSpotStatus status, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) String q, @PageableDefault(size = PAGE_SIZE) Pageable pageable, CurrentUser user,
			Model model) {
		BlackSpotFilter filter = new BlackSpotFilter(kind, status, areaId, q);
		BlackSpotListPage page = queries.listPage(user, campaignId, filter, pageable);
		AccidentPages.header(model, page.campaign(), AccidentPages.BLACK_SPOTS_TAB);
		model.addAttribute("spots", page.spots());
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", BlackSpotKind.values());
		model.addAttribute("statuses", BlackSpotStatus.values());
		model.addAttribute("areas", page.areas());
		model.addAttribute("actions", page.actions());
		return "accident/black-spots";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable Long campaignId, @RequestParam(required = false) BlackSpotKind kind,
			@RequestParam(required = false) BlackSpotStatus status, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) String q, CurrentUser user) {
		return Downloads.xlsx(queries.export(user, campaignId, new BlackSpotFilter(kind, status, areaId, q)),
				"so-theo-doi-diem-den.xlsx");
	}

	@GetMapping("/new")
	String newSpot(@PathVariable Long campaignId, CurrentUser user, Model model) {
		BlackSpotFormPage page = queries.formPage(user, campaignId, null);
		model.addAttribute("form", BlackSpotForm.empty());
		return form(model, page);
	}

	@PostMapping
	String create(@PathVariable Long campaignId, @Valid @ModelAttribute("form") BlackSpotForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		AtomicReference<Long> id = new AtomicReference<>();
		if (Forms.attempt(result, () -> id.set(blackSpots.create(user, campaignId, form.toCommand())))) {
			Flash.success(redirect, "blackSpot.created", form.name());
			return view(campaignId, id.get());
		}
		return form(model, queries.formPage(user, campaignId, null));
	}

	@GetMapping("/{spotId}")
	String show(@PathVariable Long campaignId, @PathVariable Long spotId, CurrentUser user, Model model) {
		BlackSpotPage page = queries.spotPage(user, campaignId, spotId);
		model.addAttribute("moveForm", MoveForm.next(page.spot().status(), page.spot().version()));
		return show(model, page);
	}

	@GetMapping("/{spotId}/edit")
	String edit(@PathVariable Long campaignId, @PathVariable Long spotId, CurrentUser user, Model model) {
		BlackSpotFormPage page = queries.formPage(user, campaignId, spotId);
		model.addAttribute("form", BlackSpotForm.of(page.details(), page.version()));
		return form(model, page);
	}

	@PostMapping("/{spotId}/edit")
	String update(@PathVariable Long campaignId, @PathVariable Long spotId,
			@Valid @ModelAttribute("form") BlackSpotForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> blackSpots.update(user, campaignId, spotId, form.version(), form.toCommand()))) {
			Flash.success(redirect, "blackSpot.updated", form.name());
			return view(campaignId, spotId);
		}
		return form(model, queries.formPage(user, campaignId, spotId));
	}

	@PostMapping("/{spotId}/status")
	String move(@PathVariable Long campaignId, @PathVariable Long spotId,
			@Valid @ModelAttribute("moveForm") MoveForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AtomicReference<String> name = new AtomicReference<>();
		if (Forms.attempt(result, () -> name.set(blackSpots.move(user, campaignId, spotId, form.version(),
				form.status(), form.note())))) {
			Flash.success(redirect, "blackSpot.moved", name.get());
			return view(campaignId, spotId);
		}
		return show(model, queries.spotPageToChange(user, campaignId, spotId));
	}

	@PostMapping("/{spotId}/files")
	String addFiles(@PathVariable Long campaignId, @PathVariable Long spotId,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		int added = files.add(user, campaignId, spotId, uploads(uploads));
		Flash.success(redirect, "blackSpot.files.added", added);
		return view(campaignId, spotId);
	}

	@GetMapping("/{spotId}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable Long campaignId, @PathVariable Long spotId, @PathVariable Long fileId,
			CurrentUser user) {
		return download(files.file(user, campaignId, spotId, fileId, false));
	}

	@GetMapping("/{spotId}/files/{fileId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long campaignId, @PathVariable Long spotId,
			@PathVariable Long fileId, CurrentUser user) {
		return download(files.file(user, campaignId, spotId, fileId, true));
	}

	@PostMapping("/{spotId}/files/{fileId}/delete")
	String removeFile(@PathVariable Long campaignId, @PathVariable Long spotId, @PathVariable Long fileId,
			CurrentUser user, RedirectAttributes redirect) {
		files.remove(user, campaignId, spotId, fileId);
		Flash.success(redirect, "blackSpot.files.removed");
		return view(campaignId, spotId);
	}

	/** The files the form sent, leaving out empty file inputs. */
	private static List<BlackSpotFileService.Upload> uploads(List<MultipartFile> uploads) throws IOException {
		List<BlackSpotFileService.Upload> files = new ArrayList<>();
		for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
			if (!upload.isEmpty()) {
				files.add(new BlackSpotFileService.Upload(upload.getOriginalFilename(), upload.getBytes()));
			}
		}
		return files;
	}

	private static String form(Model model, BlackSpotFormPage page) {
		AccidentPages.header(model, page.campaign(), AccidentPages.BLACK_SPOTS_TAB);
		model.addAttribute("spotId", page.spotId());
		model.addAttribute("kinds", BlackSpotKind.values());
		model.addAttribute("options", page.options());
		return FORM;
	}

	private static String show(Model model, BlackSpotPage page) {
		AccidentPages.header(model, page.campaign(), AccidentPages.BLACK_SPOTS_TAB);
		model.addAttribute("spot", page.spot());
		model.addAttribute("actions", page.actions());
		return VIEW;
	}

	private static ResponseEntity<byte[]> download(FileDownload file) {
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	private static String view(Long campaignId, Long spotId) {
		return "redirect:/campaigns/" + campaignId + "/black-spots/" + spotId;
	}
}
