package vn.atgt.thidua.exemplar;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.exemplar.internal.Exemplar;
import vn.atgt.thidua.exemplar.internal.ExemplarPhoto;
import vn.atgt.thidua.exemplar.internal.ExemplarPhotoRepository;

/**
 * The photos of exemplars, kept in the common {@link FileStorage} as report evidence is (checked by content, photos
 * with a thumbnail): added and removed by the unit while it may change the exemplar, downloaded by everyone who may
 * read it. A photo is reached only through its exemplar, and an exemplar only through its campaign and unit.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarPhotoService {

	private final ExemplarPhotoRepository photos;
	private final ExemplarLoader loader;
	private final ExemplarAccess access;
	private final CampaignService campaigns;
	private final FileStorage storage;

	ExemplarPhotoService(ExemplarPhotoRepository photos, ExemplarLoader loader, ExemplarAccess access,
			CampaignService campaigns, FileStorage storage) {
		this.photos = photos;
		this.loader = loader;
		this.access = access;
		this.campaigns = campaigns;
		this.storage = storage;
	}

	/**
	 * Adds photos to an exemplar the unit may still change; all or none.
	 * @return how many were added
	 * @throws FieldException {@code files} without a file, or for a file the storage refuses (named)
	 */
	@Transactional
	public int add(CurrentUser user, Long campaignId, Long exemplarId, List<PhotoUpload> uploads) {
		return add(user, campaignId, exemplarId, uploads, false);
	}

	/** Adds sample photos (demo data, marked as samples), as the unit would. */
	@Transactional
	public int addSamples(CurrentUser user, Long campaignId, Long exemplarId, List<PhotoUpload> uploads) {
		return add(user, campaignId, exemplarId, uploads, true);
	}

	private int add(CurrentUser user, Long campaignId, Long exemplarId, List<PhotoUpload> uploads, boolean sample) {
		Exemplar exemplar = editable(user, campaignId, exemplarId);
		if (uploads.isEmpty()) {
			throw new FieldException("files", "exemplar.photos.none");
		}
		for (PhotoUpload upload : uploads) {
			String caption = ExemplarRules.clean(upload.caption());
			if (caption != null && caption.length() > ExemplarRules.CAPTION_MAX) {
				throw new FieldException("caption", "exemplar.tooLong", ExemplarRules.CAPTION_MAX);
			}
			StoredFile stored = store(upload);
			Long thumbnail = storage.storeThumbnail(stored, upload.content()).map(StoredFile::id).orElse(null);
			photos.save(new ExemplarPhoto(exemplar.getId(), stored.id(), thumbnail, caption, sample));
		}
		return uploads.size();
	}

	/** Removes a photo (and its stored bytes) from an exemplar the unit may still change. */
	@Transactional
	public void remove(CurrentUser user, Long campaignId, Long exemplarId, Long photoId) {
		editable(user, campaignId, exemplarId);
		ExemplarPhoto photo = photos.findByIdAndExemplarId(photoId, exemplarId)
			.orElseThrow(() -> new NotFoundException("photo", photoId));
		photos.delete(photo);
		photos.flush();
		storage.delete(photo.getFileId());
		if (photo.getThumbnailFileId() != null) {
			storage.delete(photo.getThumbnailFileId());
		}
	}

	/**
	 * A photo of an exemplar, or its thumbnail, for a download.
	 * @throws NotFoundException unless the user may read the exemplar and the photo is its
	 */
	public PhotoFile file(CurrentUser user, Long campaignId, Long exemplarId, Long photoId, boolean thumbnail) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requireReadable(user, ExemplarLoader.scope(exemplar));
		ExemplarPhoto photo = photos.findByIdAndExemplarId(photoId, exemplarId)
			.orElseThrow(() -> new NotFoundException("photo", photoId));
		Long fileId = thumbnail ? photo.getThumbnailFileId() : photo.getFileId();
		if (fileId == null) {
			throw new NotFoundException("thumbnail", photoId);
		}
		StoredFile stored = storage.describe(fileId);
		return new PhotoFile(stored.name(), stored.contentType(), storage.content(fileId));
	}

	/** The photos of an exemplar as its page lists them (the caller has checked the exemplar), in two queries. */
	List<PhotoRow> rowsFor(Long exemplarId) {
		List<ExemplarPhoto> all = photos.findByExemplarIdOrderById(exemplarId);
		if (all.isEmpty()) {
			return List.of();
		}
		var described = storage.describeAll(all.stream().map(ExemplarPhoto::getFileId).toList()).stream()
			.collect(java.util.stream.Collectors.toMap(StoredFile::id, StoredFile::name));
		List<PhotoRow> rows = new ArrayList<>();
		for (ExemplarPhoto p : all) {
			rows.add(new PhotoRow(p.getId(), described.get(p.getFileId()), p.getThumbnailFileId() != null,
					p.getCaption(), p.isSample()));
		}
		return rows;
	}

	private Exemplar editable(CurrentUser user, Long campaignId, Long exemplarId) {
		Exemplar exemplar = loader.load(campaignId, exemplarId);
		access.requirePreparer(user, ExemplarLoader.scope(exemplar));
		campaigns.requireOpen(campaignId);
		exemplar.requireEditable();
		return exemplar;
	}

	/** Stores one upload; a refusal of the storage names the file beside the form's files. */
	private StoredFile store(PhotoUpload upload) {
		try {
			return storage.store(upload.name(), upload.content());
		}
		catch (DomainException e) {
			throw new FieldException("files", "exemplar.photos.refused", upload.name() == null ? "" : upload.name(),
					new DefaultMessageSourceResolvable(new String[] { e.messageKey() }, e.arguments()));
		}
	}
}
