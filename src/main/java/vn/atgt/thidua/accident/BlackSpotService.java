package vn.atgt.thidua.accident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.accident.internal.BlackSpotRepository;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The door of the black-spot register (DOMAIN.md §3.4) for its changes. The register belongs to the committee, so
 * every campaign of the committee shows the same points, from the year they were identified until they are treated and
 * monitored. Those who enter accident figures (the standing office, the police) keep it ({@link AccidentAccess}), and
 * a closed campaign refuses changes made through it. The pages read {@link BlackSpotQueries}; evidence files are
 * {@link BlackSpotFileService}'s.
 */
@Service
@Transactional(readOnly = true)
public class BlackSpotService {

	private final BlackSpotRepository spots;
	private final BlackSpotRegister register;
	private final AccidentAccess access;
	private final CampaignService campaigns;
	private final UnitService units;
	private final Clock clock;

	BlackSpotService(BlackSpotRepository spots, BlackSpotRegister register, AccidentAccess access,
			CampaignService campaigns, UnitService units, Clock clock) {
		this.spots = spots;
		this.register = register;
		this.access = access;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * How many points of the register of the campaign's committee stand in each status, every status listed (0 where
	 * none): one SQL aggregate, for the dashboard.
	 * @throws NotFoundException unless the user may read the register
	 */
	public List<BlackSpotStatusCount> countByStatus(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireReader(user, campaign);
		Map<BlackSpotStatus, Long> counts = new EnumMap<>(BlackSpotStatus.class);
		spots.countByStatus(campaign.committeeId()).forEach(c -> counts.put(c.status(), c.count()));
		return Arrays.stream(BlackSpotStatus.values())
			.map(s -> new BlackSpotStatusCount(s, counts.getOrDefault(s, 0L)))
			.toList();
	}

	/**
	 * As {@link #countByStatus(CurrentUser, Long)} for the points one unit is responsible for treating (the score
	 * table's suggested points): one SQL aggregate.
	 * @throws NotFoundException unless the user may read the register
	 */
	public List<BlackSpotStatusCount> countByStatus(CurrentUser user, Long campaignId, Long responsibleUnitId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireReader(user, campaign);
		Map<BlackSpotStatus, Long> counts = new EnumMap<>(BlackSpotStatus.class);
		spots.countByStatusOfUnit(campaign.committeeId(), responsibleUnitId)
			.forEach(c -> counts.put(c.status(), c.count()));
		return Arrays.stream(BlackSpotStatus.values())
			.map(s -> new BlackSpotStatusCount(s, counts.getOrDefault(s, 0L)))
			.toList();
	}

	/**
	 * Adds a point, identified (with the rule in force on the day it was identified).
	 * @return the new point's id
	 * @throws AccessDeniedException (403) unless the user keeps the register
	 * @throws FieldException for a commune or unit outside the committee, a date in the future, a deadline before it
	 * @throws DomainException {@code campaign.closed} when the campaign is closed
	 */
	@Transactional
	public Long create(CurrentUser user, Long campaignId, BlackSpotCommand command) {
		CampaignView campaign = requireKeeper(user, campaignId);
		check(campaign.committeeId(), command);
		return spots.save(new BlackSpot(campaign.committeeId(), command, ruleId(command.identifiedOn()), actor(user)))
			.getId();
	}

	/**
	 * Changes what the register says of a point.
	 * @throws StaleDataException when saved by someone else meanwhile
	 * @throws NotFoundException unless the point is in the register of the campaign's committee
	 */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long spotId, long version, BlackSpotCommand command) {
		CampaignView campaign = requireKeeper(user, campaignId);
		BlackSpot spot = register.load(campaign, spotId);
		StaleDataException.check(spot, version);
		check(campaign.committeeId(), command);
		spot.update(command, ruleId(command.identifiedOn()));
	}

	/**
	 * Moves a point to the next status of its treatment, with a note.
	 * @return the point's name, for the confirmation
	 * @throws DomainException when the move is not the next step, or without a note
	 */
	@Transactional
	public String move(CurrentUser user, Long campaignId, Long spotId, long version, BlackSpotStatus status,
			String note) {
		CampaignView campaign = requireKeeper(user, campaignId);
		BlackSpot spot = register.load(campaign, spotId);
		StaleDataException.check(spot, version);
		spot.moveTo(status, note, actor(user));
		return spot.getName();
	}

	private CampaignView requireKeeper(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireKeeper(user, campaign);
		campaigns.requireOpen(campaignId);
		return campaign;
	}

	private void check(Long committeeId, BlackSpotCommand c) {
		if (c.identifiedOn().isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
			throw new FieldException("identifiedOn", "blackSpot.identifiedOn.future");
		}
		if (c.areaId() != null && !register.areaNames(committeeId).containsKey(c.areaId())) {
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
		AccidentRuleView rule = register.ruleOn(day);
		return rule == null ? null : rule.id();
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
