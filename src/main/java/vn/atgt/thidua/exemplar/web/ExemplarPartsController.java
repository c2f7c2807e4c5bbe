package vn.atgt.thidua.exemplar.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Downloads;
import vn.atgt.thidua.common.web.Flash;
import vn.atgt.thidua.common.web.Forms;
import vn.atgt.thidua.exemplar.ExemplarPhotoService;
import vn.atgt.thidua.exemplar.ExemplarQueries;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.PhotoFile;
import vn.atgt.thidua.exemplar.PhotoUpload;

/** {@code /campaigns/{id}/exemplars/{eid}/replications|photos}: where an exemplar was replicated, and its photos. */
@Controller
@RequestMapping("/campaigns/{campaignId}/exemplars/{exemplarId}")
class ExemplarPartsController {

	private final ExemplarService exemplars;
	private final ExemplarPhotoService photos;
	private final ExemplarQueries queries;

	ExemplarPartsController(ExemplarService exemplars, ExemplarPhotoService photos, ExemplarQueries queries) {
		this.exemplars = exemplars;
		this.photos = photos;
		this.queries = queries;
	}

	@PostMapping("/replications")
	String addReplication(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("replicationForm") ReplicationForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (Forms.attempt(result,
				() -> exemplars.addReplication(user, campaignId, exemplarId, form.toCommand()))) {
			Flash.success(redirect, "exemplar.replication.added");
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@PostMapping("/replications/{replicationId}/delete")
	String removeReplication(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@PathVariable Long replicationId, CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect,
				() -> exemplars.removeReplication(user, campaignId, exemplarId, replicationId))) {
			Flash.success(redirect, "exemplar.replication.removed");
		}
		return ExemplarPages.view(campaignId, exemplarId);
	}

	@PostMapping("/photos")
	String addPhotos(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@Valid @ModelAttribute("photoForm") PhotoForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		List<PhotoUpload> uploads = uploads(form.files(), form.caption());
		if (Forms.attempt(result, () -> photos.add(user, campaignId, exemplarId, uploads))) {
			Flash.success(redirect, "exemplar.photos.added", uploads.size());
			return ExemplarPages.view(campaignId, exemplarId);
		}
		return ExemplarPages.show(model, queries.page(user, campaignId, exemplarId));
	}

	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@PathVariable Long photoId, CurrentUser user) {
		return download(photos.file(user, campaignId, exemplarId, photoId, false));
	}

	@GetMapping("/photos/{photoId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long campaignId, @PathVariable Long exemplarId,
			@PathVariable Long photoId, CurrentUser user) {
		return download(photos.file(user, campaignId, exemplarId, photoId, true));
	}

	@PostMapping("/photos/{photoId}/delete")
	String removePhoto(@PathVariable Long campaignId, @PathVariable Long exemplarId, @PathVariable Long photoId,
			CurrentUser user, RedirectAttributes redirect) {
		if (Forms.attempt(redirect, () -> photos.remove(user, campaignId, exemplarId, photoId))) {
			Flash.success(redirect, "exemplar.photos.removed");
		}
		return ExemplarPages.view(campaignId, exemplarId);
	}

	private static List<PhotoUpload> uploads(List<MultipartFile> files, String caption) throws IOException {
		List<PhotoUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				uploads.add(new PhotoUpload(file.getOriginalFilename(), file.getBytes(), caption));
			}
		}
		return uploads;
	}

	private static ResponseEntity<byte[]> download(PhotoFile file) {
		return Downloads.attachment(file.content(), file.name(), MediaType.parseMediaType(file.contentType()));
	}
}
