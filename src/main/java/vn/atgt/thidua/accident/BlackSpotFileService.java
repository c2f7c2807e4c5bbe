package vn.atgt.thidua.accident;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.BlackSpotFile;
import vn.atgt.thidua.accident.internal.BlackSpotFileRepository;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;

/**
 * The evidence files of the points of the black-spot register (minutes, photos of the site): added by those who keep
 * the register, each checked by its content and kept in the file storage (photos with a thumbnail), downloaded by
 * everyone signed in. A file is reached only through its point, and a point only through a campaign of its committee.
 */
@Service
@Transactional(readOnly = true)
public class BlackSpotFileService {

	private final BlackSpotFileRepository files;
	private final BlackSpotRegister register;
	private final AccidentAccess access;
	private final CampaignService campaigns;
	private final FileStorage storage;

	BlackSpotFileService(BlackSpotFileRepository files, BlackSpotRegister register, AccidentAccess access,
			CampaignService campaigns, FileStorage storage) {
		this.files = files;
		this.register = register;
		this.access = access;
		this.campaigns = campaigns;
		this.storage = storage;
	}

	/** An uploaded file: its name as the user's computer gave it, and its bytes. */
	public record Upload(String name, byte[] content) {
	}

	/**
	 * Adds evidence files to a point: each checked by its content, photos with a thumbnail.
	 * @return how many were added
	 * @throws AccessDeniedException (403) unless the user may change the register through this campaign now
	 * @throws DomainException {@code blackSpot.files.none} without a file; {@code file.typeNotAllowed},
	 *         {@code file.tooLarge} or {@code file.empty}; none is kept
	 */
	@Transactional
	public int add(CurrentUser user, Long campaignId, Long spotId, List<Upload> uploads) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireRegisterChange(user, campaign);
		register.load(campaign, spotId);
		if (uploads.isEmpty()) {
			throw new DomainException("blackSpot.files.none");
		}
		for (Upload upload : uploads) {
			StoredFile stored = storage.store(upload.name(), upload.content());
			Long thumbnail = storage.storeThumbnail(stored, upload.content()).map(StoredFile::id).orElse(null);
			files.save(new BlackSpotFile(spotId, stored.id(), thumbnail));
		}
		return uploads.size();
	}

	/**
	 * Removes an evidence file of a point (the audit trail keeps the record of it).
	 * @throws AccessDeniedException (403) unless the user keeps the register
	 * @throws DomainException {@code campaign.closed} when the campaign is closed
	 */
	@Transactional
	public void remove(CurrentUser user, Long campaignId, Long spotId, Long fileRowId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireKeeper(user, campaign);
		campaigns.requireOpen(campaignId);
		register.load(campaign, spotId);
		BlackSpotFile f = fileOf(spotId, fileRowId);
		files.delete(f);
		files.flush();
		storage.delete(f.getFileId());
		if (f.getThumbnailFileId() != null) {
			storage.delete(f.getThumbnailFileId());
		}
	}

	/**
	 * A file of a point, or its thumbnail.
	 * @throws NotFoundException unless the file belongs to that point, and the point to the campaign's committee
	 */
	public FileDownload file(CurrentUser user, Long campaignId, Long spotId, Long fileRowId, boolean thumbnail) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireReader(user, campaign);
		register.load(campaign, spotId);
		BlackSpotFile f = fileOf(spotId, fileRowId);
		Long fileId = thumbnail ? f.getThumbnailFileId() : f.getFileId();
		if (fileId == null) {
			throw new NotFoundException("thumbnail", fileRowId);
		}
		StoredFile stored = storage.describe(fileId);
		return new FileDownload(stored.name(), stored.contentType(), storage.content(fileId));
	}

	/** The files of a point as its page lists them, oldest first (the caller has checked the point). */
	List<BlackSpotFileRow> rows(Long spotId) {
		List<BlackSpotFileRow> rows = new ArrayList<>();
		for (BlackSpotFile f : files.findByBlackSpotIdOrderById(spotId)) {
			StoredFile stored = storage.describe(f.getFileId());
			rows.add(new BlackSpotFileRow(f.getId(), stored.name(), stored.kind(), stored.size(),
					f.getThumbnailFileId() != null, stored.createdAt(), stored.createdBy()));
		}
		return rows;
	}

	private BlackSpotFile fileOf(Long spotId, Long fileRowId) {
		return files.findById(fileRowId)
			.filter(row -> row.getBlackSpotId().equals(spotId))
			.orElseThrow(() -> new NotFoundException("black-spot file", fileRowId));
	}
}
