package vn.atgt.thidua.accident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.AccidentRuleRepository;
import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.accident.internal.BlackSpotListRow;
import vn.atgt.thidua.accident.internal.BlackSpotRepository;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.unit.UnitService;

/**
 * The pages of the campaign tab "Điểm đen": the register of the campaign's committee (filtered and paged in SQL,
 * newest first, and its export), a point's page and the form that adds or edits one. Each read checks
 * {@link AccidentAccess} and returns what its page shows, the campaign and the user's actions included.
 */
@Service
@Transactional(readOnly = true)
public class BlackSpotQueries {

	private final BlackSpotRepository spots;
	private final AccidentRuleRepository rules;
	private final BlackSpotRegister register;
	private final BlackSpotFileService files;
	private final BlackSpotSheetWriter sheets;
	private final AccidentAccess access;
	private final CampaignService campaigns;
	private final UnitService units;

	BlackSpotQueries(BlackSpotRepository spots, AccidentRuleRepository rules, BlackSpotRegister register,
			BlackSpotFileService files, BlackSpotSheetWriter sheets, AccidentAccess access, CampaignService campaigns,
			UnitService units) {
		this.spots = spots;
		this.rules = rules;
		this.register = register;
		this.files = files;
		this.sheets = sheets;
		this.access = access;
		this.campaigns = campaigns;
		this.units = units;
	}

	/**
	 * The list page: a page of the register ({@link #search}), the area filter's choices, the user's actions. The
	 * committee's communes/town are read once, for the filter and the rows' names both; its units (a province
	 * committee has some 2,000) are not read at all: the list names only the page's responsible units.
	 */
	public BlackSpotListPage listPage(CurrentUser user, Long campaignId, BlackSpotFilter filter, Pageable pageable) {
		CampaignView campaign = readable(user, campaignId);
		List<SheetArea> areas = register.areas(campaign.committeeId());
		Map<Long, String> areaNames = new HashMap<>();
		areas.forEach(a -> areaNames.put(a.id(), a.name()));
		return new BlackSpotListPage(campaign, search(campaign, filter, pageable, areaNames), areas,
				access.blackSpotActions(user, campaign));
	}

	/** A page of the register of the campaign's committee, newest first. */
	public Page<BlackSpotRow> search(CurrentUser user, Long campaignId, BlackSpotFilter filter, Pageable pageable) {
		CampaignView campaign = readable(user, campaignId);
		return search(campaign, filter, pageable, register.areaNames(campaign.committeeId()));
	}

	/** The whole filtered register as an XLSX sheet with Vietnamese headers. */
	public byte[] export(CurrentUser user, Long campaignId, BlackSpotFilter filter) {
		Long committeeId = readable(user, campaignId).committeeId();
		List<BlackSpot> all = spots.all(committeeId, filter.kind(), filter.status(), filter.areaId(),
				SearchText.likePattern(filter.query()));
		Map<Long, String> ruleNames = new HashMap<>();
		rules.findAll().forEach(r -> ruleNames.put(r.getId(), r.getName()));
		return sheets.write(all, register.areaNames(committeeId), register.unitNames(all.stream()
			.map(BlackSpot::getResponsibleUnitId)
			.filter(Objects::nonNull)
			.toList()), ruleNames);
	}

	/**
	 * A point's page: the point ({@link #spot}) and what the user may do with it.
	 * @throws NotFoundException when there is no such point in the register of the campaign's committee
	 */
	public BlackSpotPage spotPage(CurrentUser user, Long campaignId, Long spotId) {
		CampaignView campaign = readable(user, campaignId);
		return new BlackSpotPage(campaign, view(campaign, spotId), access.blackSpotActions(user, campaign));
	}

	/**
	 * A point's page as shown again to one changing it (a move refused): as {@link #spotPage}.
	 * @throws AccessDeniedException (403) unless the user may change the register through this campaign now
	 */
	public BlackSpotPage spotPageToChange(CurrentUser user, Long campaignId, Long spotId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireRegisterChange(user, campaign);
		return new BlackSpotPage(campaign, view(campaign, spotId), access.blackSpotActions(user, campaign));
	}

	/**
	 * One point of the campaign committee's register with its history and files.
	 * @throws NotFoundException when there is no such point in that register
	 */
	public BlackSpotView spot(CurrentUser user, Long campaignId, Long spotId) {
		return view(readable(user, campaignId), spotId);
	}

	/**
	 * The form that adds a point ({@code spotId} null) or edits one.
	 * @throws AccessDeniedException (403) unless the user may change the register through this campaign now
	 * @throws NotFoundException when there is no such point in the register of the campaign's committee
	 */
	public BlackSpotFormPage formPage(CurrentUser user, Long campaignId, Long spotId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireRegisterChange(user, campaign);
		if (spotId == null) {
			return new BlackSpotFormPage(campaign, null, null, 0, options(campaign));
		}
		BlackSpot spot = register.load(campaign, spotId);
		return new BlackSpotFormPage(campaign, spotId, details(spot), spot.getVersion(), options(campaign));
	}

	/** The communes/town of the committee (of every period) and its active member units. */
	public BlackSpotOptions options(CurrentUser user, Long campaignId) {
		return options(readable(user, campaignId));
	}

	private CampaignView readable(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireReader(user, campaign);
		return campaign;
	}

	private Page<BlackSpotRow> search(CampaignView campaign, BlackSpotFilter filter, Pageable pageable,
			Map<Long, String> areaNames) {
		Page<BlackSpotListRow> page = spots.search(campaign.committeeId(), filter.kind(), filter.status(),
				filter.areaId(), SearchText.likePattern(filter.query()), pageable);
		Map<Long, String> unitNames = register.unitNames(page.getContent().stream()
			.map(BlackSpotListRow::responsibleUnitId)
			.filter(Objects::nonNull)
			.toList());
		return page.map(r -> new BlackSpotRow(r.id(), r.kind(), r.name(), r.route(), r.kmMarker(),
				areaNames.get(r.areaId()), r.identifiedOn(), r.status(), unitNames.get(r.responsibleUnitId()),
				r.cost(), r.deadline()));
	}

	private BlackSpotView view(CampaignView campaign, Long spotId) {
		BlackSpot b = register.load(campaign, spotId);
		String areaName = register.areaNames(b.getCommitteeId()).get(b.getAreaId());
		String unitName = b.getResponsibleUnitId() == null ? null : units.nameOf(b.getResponsibleUnitId());
		return new BlackSpotView(b.getId(), details(b), areaName, unitName,
				b.getRuleId() == null ? null : rules.view(b.getRuleId()), b.getStatus(), b.getVersion(),
				spots.history(spotId), files.rows(spotId));
	}

	private BlackSpotOptions options(CampaignView campaign) {
		return new BlackSpotOptions(register.areas(campaign.committeeId()),
				units.activeMembersOf(campaign.committeeId()));
	}

	private static BlackSpotCommand details(BlackSpot b) {
		return new BlackSpotCommand(b.getKind(), b.getName(), b.getRoute(), b.getKmMarker(), b.getAreaId(),
				b.getLatitude(), b.getLongitude(), b.getIdentifiedOn(), b.getCriterion(), b.getAccidentHistory(),
				b.getCause(), b.getMeasures(), b.getResponsibleUnitId(), b.getCost(), b.getDeadline());
	}
}
