package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.AccidentRuleRepository;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.accident.internal.BlackSpotFile;
import vn.atgt.thidua.accident.internal.BlackSpotFileRepository;
import vn.atgt.thidua.accident.internal.BlackSpotListRow;
import vn.atgt.thidua.accident.internal.BlackSpotRepository;
import vn.atgt.thidua.accident.internal.RulePurpose;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileStorage;
import vn.atgt.thidua.common.storage.StoredFile;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.unit.AreaRow;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the black-spot register (DOMAIN.md §3.4). The register belongs to the committee, so every campaign of
 * the committee shows the same points, from the year they were identified until they are treated and monitored.
 * Everyone signed in reads it; those who enter accident figures (the standing office, the police) keep it, and a
 * closed campaign refuses changes made through it.
 */
@Service
@Transactional(readOnly = true)
public class BlackSpotService {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	/** The columns of the export, in order. */
	public static final List<String> EXPORT_HEADERS = List.of("STT", "Tên, vị trí", "Loại", "Tuyến đường", "Lý trình",
			"Địa bàn", "Vĩ độ", "Kinh độ", "Ngày xác định", "Căn cứ xác định", "Tiêu chí", "Diễn biến tai nạn",
			"Nguyên nhân", "Biện pháp xử lý", "Đơn vị chịu trách nhiệm", "Kinh phí (đồng)", "Thời hạn", "Trạng thái");

	private final BlackSpotRepository spots;
	private final BlackSpotFileRepository files;
	private final AccidentRuleRepository rules;
	private final AccidentService accidents;
	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AreaService areas;
	private final UnitService units;
	private final FileStorage storage;
	private final MessageSource messages;
	private final Clock clock;

	BlackSpotService(BlackSpotRepository spots, BlackSpotFileRepository files, AccidentRuleRepository rules,
			AccidentService accidents, CampaignService campaigns, CommitteeService committees, AreaService areas,
			UnitService units, FileStorage storage, MessageSource messages, Clock clock) {
		this.spots = spots;
		this.files = files;
		this.rules = rules;
		this.accidents = accidents;
		this.campaigns = campaigns;
		this.committees = committees;
		this.areas = areas;
		this.units = units;
		this.storage = storage;
		this.messages = messages;
		this.clock = clock;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/** A page of the register of the campaign's committee, newest first. */
	public Page<BlackSpotRow> search(Long campaignId, BlackSpotFilter filter, Pageable pageable) {
		Long committeeId = campaigns.get(campaignId).committeeId();
		Page<BlackSpotListRow> page = spots.search(committeeId, filter.kind(), filter.status(), filter.areaId(),
				SearchText.likePattern(filter.query()), pageable);
		Map<Long, String> areaNames = areaNames(committeeId);
		Map<Long, String> unitNames = unitNames(page.getContent().stream().map(BlackSpotListRow::responsibleUnitId)
			.filter(Objects::nonNull).toList());
		return page.map(r -> new BlackSpotRow(r.id(), r.kind(), r.name(), r.route(), r.kmMarker(),
				areaNames.get(r.areaId()), r.identifiedOn(), r.status(), unitNames.get(r.responsibleUnitId()),
				r.cost(), r.deadline()));
	}

	/** The whole filtered register as an XLSX sheet with Vietnamese headers. */
	public byte[] export(Long campaignId, BlackSpotFilter filter) {
		Long committeeId = campaigns.get(campaignId).committeeId();
		List<BlackSpot> all = spots.all(committeeId, filter.kind(), filter.status(), filter.areaId(),
				SearchText.likePattern(filter.query()));
		Map<Long, String> areaNames = areaNames(committeeId);
		Map<Long, String> unitNames = unitNames(all.stream().map(BlackSpot::getResponsibleUnitId)
			.filter(Objects::nonNull).toList());
		Map<Long, String> ruleNames = new HashMap<>();
		rules.findAll().forEach(r -> ruleNames.put(r.getId(), r.getName()));
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (BlackSpot b : all) {
			rows.add(Arrays.asList(Integer.toString(++n), b.getName(), label(b.getKind().messageKey()),
					b.getRoute(), b.getKmMarker(), areaNames.get(b.getAreaId()), decimal(b.getLatitude()),
					decimal(b.getLongitude()), date(b.getIdentifiedOn()), ruleNames.get(b.getRuleId()),
					b.getCriterion(), b.getAccidentHistory(), b.getCause(), b.getMeasures(),
					unitNames.get(b.getResponsibleUnitId()), b.getCost() == null ? null
							: VietnameseNumbers.format(b.getCost()),
					date(b.getDeadline()), label(b.getStatus().messageKey())));
		}
		return Sheets.write("Diem den", EXPORT_HEADERS, rows);
	}

	/**
	 * One point of the campaign committee's register with its history and files.
	 * @throws NotFoundException when there is no such point in that register
	 */
	public BlackSpotView get(Long campaignId, Long spotId) {
		BlackSpot b = load(campaignId, spotId);
		String areaName = areaNames(b.getCommitteeId()).get(b.getAreaId());
		String unitName = b.getResponsibleUnitId() == null ? null : units.nameOf(b.getResponsibleUnitId());
		List<BlackSpotFileRow> fileRows = new ArrayList<>();
		for (BlackSpotFile f : files.findByBlackSpotIdOrderById(spotId)) {
			StoredFile stored = storage.describe(f.getFileId());
			fileRows.add(new BlackSpotFileRow(f.getId(), stored.name(), stored.kind(), stored.size(),
					f.getThumbnailFileId() != null, stored.createdAt(), stored.createdBy()));
		}
		return new BlackSpotView(b.getId(), details(b), areaName, unitName,
				b.getRuleId() == null ? null : rules.view(b.getRuleId()), b.getStatus(), b.getVersion(),
				spots.history(spotId), fileRows);
	}

	/** The communes/town of the committee (of every period) and its active member units. */
	public BlackSpotOptions options(Long campaignId) {
		Long committeeId = campaigns.get(campaignId).committeeId();
		List<SheetArea> areaList = areas.childrenOn(rootArea(committeeId), null).stream()
			.map(a -> new SheetArea(a.id(), a.displayName(), a.name()))
			.toList();
		return new BlackSpotOptions(areaList, units.activeMembersOf(committeeId));
	}

	/** The rule of the catalogue that says what makes a black spot on that day, or null when none. */
	public AccidentRuleView ruleOn(LocalDate day) {
		List<AccidentRuleView> inForce = rules.inForce(RulePurpose.BLACK_SPOT, day, day);
		return inForce.isEmpty() ? null : inForce.get(inForce.size() - 1);
	}

	/** A file of a point, or its thumbnail. @throws NotFoundException unless the file belongs to that point */
	public FileDownload file(Long campaignId, Long spotId, Long fileRowId, boolean thumbnail) {
		load(campaignId, spotId);
		BlackSpotFile f = files.findById(fileRowId)
			.filter(row -> row.getBlackSpotId().equals(spotId))
			.orElseThrow(() -> new NotFoundException("black-spot file", fileRowId));
		Long fileId = thumbnail ? f.getThumbnailFileId() : f.getFileId();
		if (fileId == null) {
			throw new NotFoundException("thumbnail", fileRowId);
		}
		StoredFile stored = storage.describe(fileId);
		return new FileDownload(stored.name(), stored.contentType(), storage.content(fileId));
	}

	/** True when the user keeps the register of the campaign's committee. */
	public boolean canEdit(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		return !campaign.isClosed() && accidents.mayEnter(user, campaign.committeeId());
	}

	// --- changing ---------------------------------------------------------------------------------------------------

	/**
	 * Adds a point, identified (with the rule in force on the day it was identified).
	 * @throws AccessDeniedException (403) unless the user keeps the register
	 * @throws FieldException for a commune or unit outside the committee, a date in the future, a deadline before it
	 */
	@Transactional
	public Long create(Long campaignId, BlackSpotCommand command, CurrentUser user) {
		Long committeeId = requireEditor(campaignId, user);
		check(committeeId, command);
		return spots.save(new BlackSpot(committeeId, command, ruleId(command.identifiedOn()), actor(user))).getId();
	}

	/** Changes what the register says of a point. @throws StaleDataException when saved by someone else meanwhile */
	@Transactional
	public void update(Long campaignId, Long spotId, long version, BlackSpotCommand command, CurrentUser user) {
		Long committeeId = requireEditor(campaignId, user);
		BlackSpot spot = load(campaignId, spotId);
		StaleDataException.check(spot, version);
		check(committeeId, command);
		spot.update(command, ruleId(command.identifiedOn()));
	}

	/**
	 * Moves a point to the next status of its treatment, with a note.
	 * @throws DomainException when the move is not the next step, or without a note
	 */
	@Transactional
	public void move(Long campaignId, Long spotId, long version, BlackSpotStatus status, String note,
			CurrentUser user) {
		requireEditor(campaignId, user);
		BlackSpot spot = load(campaignId, spotId);
		StaleDataException.check(spot, version);
		spot.moveTo(status, note, actor(user));
	}

	/**
	 * Adds evidence files to a point: each checked by its content, photos with a thumbnail.
	 * @throws DomainException {@code file.typeNotAllowed}, {@code file.tooLarge} or {@code file.empty}; none is kept
	 */
	@Transactional
	public int addFiles(Long campaignId, Long spotId, List<Upload> uploads, CurrentUser user) {
		requireEditor(campaignId, user);
		load(campaignId, spotId);
		int added = 0;
		for (Upload upload : uploads) {
			StoredFile stored = storage.store(upload.name(), upload.content());
			Long thumbnail = storage.storeThumbnail(stored, upload.content()).map(StoredFile::id).orElse(null);
			files.save(new BlackSpotFile(spotId, stored.id(), thumbnail));
			added++;
		}
		return added;
	}

	/** Removes an evidence file of a point (the audit trail keeps the record of it). */
	@Transactional
	public void removeFile(Long campaignId, Long spotId, Long fileRowId, CurrentUser user) {
		requireEditor(campaignId, user);
		load(campaignId, spotId);
		BlackSpotFile f = files.findById(fileRowId)
			.filter(row -> row.getBlackSpotId().equals(spotId))
			.orElseThrow(() -> new NotFoundException("black-spot file", fileRowId));
		files.delete(f);
		files.flush();
		storage.delete(f.getFileId());
		if (f.getThumbnailFileId() != null) {
			storage.delete(f.getThumbnailFileId());
		}
	}

	/** An uploaded file: its name as the user's computer gave it, and its bytes. */
	public record Upload(String name, byte[] content) {
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private Long requireEditor(Long campaignId, CurrentUser user) {
		CampaignView campaign = campaigns.get(campaignId);
		if (!accidents.mayEnter(user, campaign.committeeId())) {
			throw new AccessDeniedException("black spots of campaign " + campaignId);
		}
		campaigns.requireOpen(campaignId);
		return campaign.committeeId();
	}

	private void check(Long committeeId, BlackSpotCommand c) {
		if (c.identifiedOn().isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
			throw new FieldException("identifiedOn", "blackSpot.identifiedOn.future");
		}
		if (c.areaId() != null && !areaNames(committeeId).containsKey(c.areaId())) {
			throw new FieldException("areaId", "blackSpot.area.unknown");
		}
		if (c.responsibleUnitId() != null && units.find(c.responsibleUnitId())
			.map(UnitSummary::committeeId)
			.filter(committeeId::equals)
			.isEmpty()) {
			throw new FieldException("responsibleUnitId", "blackSpot.unit.unknown");
		}
	}

	private Long ruleId(LocalDate day) {
		AccidentRuleView rule = ruleOn(day);
		return rule == null ? null : rule.id();
	}

	private BlackSpot load(Long campaignId, Long spotId) {
		Long committeeId = campaigns.get(campaignId).committeeId();
		return spots.findById(spotId)
			.filter(b -> b.getCommitteeId().equals(committeeId))
			.orElseThrow(() -> new NotFoundException("black spot", spotId));
	}

	private Long rootArea(Long committeeId) {
		return committees.committees().stream()
			.filter(c -> c.id().equals(committeeId))
			.map(CommitteeSummary::areaId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("committee", committeeId));
	}

	private Map<Long, String> areaNames(Long committeeId) {
		Map<Long, String> names = new HashMap<>();
		for (AreaRow area : areas.childrenOn(rootArea(committeeId), null)) {
			names.put(area.id(), area.displayName());
		}
		return names;
	}

	private Map<Long, String> unitNames(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		Set<Long> distinct = new HashSet<>(ids);
		units.findAll(distinct).forEach(u -> names.put(u.id(), u.name()));
		return names;
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}

	private String label(String key) {
		return messages.getMessage(key, null, VI);
	}

	private static String date(LocalDate day) {
		return day == null ? null : Formats.DATE.format(day);
	}

	private static String decimal(BigDecimal value) {
		return value == null ? null : VietnameseNumbers.format(value, 6);
	}

	private static BlackSpotCommand details(BlackSpot b) {
		return new BlackSpotCommand(b.getKind(), b.getName(), b.getRoute(), b.getKmMarker(), b.getAreaId(),
				b.getLatitude(), b.getLongitude(), b.getIdentifiedOn(), b.getCriterion(), b.getAccidentHistory(),
				b.getCause(), b.getMeasures(), b.getResponsibleUnitId(), b.getCost(), b.getDeadline());
	}
}
