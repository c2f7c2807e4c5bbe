package vn.atgt.thidua.document;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.document.internal.KeptFile;
import vn.atgt.thidua.document.internal.KeptFileRepository;

/**
 * The files kept among a campaign's documents as they were signed (the finalised six-month and year-end reports and
 * their annex tables): another module keeps a file, the Văn bản tab lists and downloads them. The bytes are stored in
 * the common file storage and never change. Who keeps and who reads is {@link DocumentAccess}'s.
 */
@Service
@Transactional(readOnly = true)
public class KeptFiles {

	private final KeptFileRepository kept;
	private final FileStorage storage;
	private final CampaignService campaigns;
	private final DocumentAccess access;
	private final Clock clock;

	KeptFiles(KeptFileRepository kept, FileStorage storage, CampaignService campaigns, DocumentAccess access,
			Clock clock) {
		this.kept = kept;
		this.storage = storage;
		this.campaigns = campaigns;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Keeps a file among the campaign's documents.
	 * @return the kept file's id
	 * @throws AccessDeniedException unless the user is of the standing office or an administrator
	 * @throws vn.atgt.thidua.common.DomainException when the storage refuses the file (empty, too large, not a
	 *         document it accepts)
	 */
	@Transactional
	public Long keep(CurrentUser user, Long campaignId, KeptFileCommand command) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireKeeper(user, campaign);
		StoredFile file = storage.store(command.fileName(), command.content());
		return kept.save(new KeptFile(campaignId, file.id(), command.title(), command.restricted(), clock.instant(),
				user.username(), user.fullName())).getId();
	}

	/** The campaign's kept files the user may read, latest first. */
	public List<KeptFileRow> list(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		List<KeptFile> files = kept.findByCampaignIdOrderByKeptAtDescIdDesc(campaignId).stream()
			.filter(f -> access.readsKept(user, campaign, f.isRestricted())).toList();
		Map<Long, StoredFile> stored = storage.describeAll(files.stream().map(KeptFile::getStoredFileId).toList())
			.stream().collect(Collectors.toMap(StoredFile::id, Function.identity()));
		return files.stream().filter(f -> stored.containsKey(f.getStoredFileId())).map(f -> {
			StoredFile s = stored.get(f.getStoredFileId());
			return new KeptFileRow(f.getId(), f.getTitle(), s.name(), s.kind(), s.size(), f.getKeptAt(), f.getKeptByName());
		}).toList();
	}

	/**
	 * A kept file's bytes, exactly as they were kept.
	 * @throws NotFoundException when the campaign has no such file or the user may not read it
	 */
	public DocumentFile content(CurrentUser user, Long campaignId, Long keptId) {
		CampaignView campaign = campaigns.get(campaignId);
		KeptFile file = kept.findById(keptId).filter(f -> f.getCampaignId().equals(campaignId))
			.filter(f -> access.readsKept(user, campaign, f.isRestricted()))
			.orElseThrow(() -> new NotFoundException("kept file", keptId));
		StoredFile stored = storage.describe(file.getStoredFileId());
		return new DocumentFile(stored.name(), stored.kind(), storage.content(stored.id()));
	}
}
