package vn.atgt.thidua.accident;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.internal.AccidentRuleRepository;
import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.accident.internal.BlackSpotRepository;
import vn.atgt.thidua.accident.internal.RulePurpose;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.unit.AreaRow;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;

/**
 * What the black-spot door, its page reads and its evidence files share: a point of the campaign committee's register
 * (and no other committee's), the committee's communes/town and the names of its units, read from the unit module,
 * and the dated rule that says what a black spot is.
 */
@Component
class BlackSpotRegister {

	private final BlackSpotRepository spots;
	private final AccidentRuleRepository rules;
	private final CommitteeService committees;
	private final AreaService areas;
	private final UnitService units;

	BlackSpotRegister(BlackSpotRepository spots, AccidentRuleRepository rules, CommitteeService committees,
			AreaService areas, UnitService units) {
		this.spots = spots;
		this.rules = rules;
		this.committees = committees;
		this.areas = areas;
		this.units = units;
	}

	/** @throws NotFoundException unless the point is in the register of the campaign's committee */
	BlackSpot load(CampaignView campaign, Long spotId) {
		return spots.findById(spotId)
			.filter(b -> b.getCommitteeId().equals(campaign.committeeId()))
			.orElseThrow(() -> new NotFoundException("black spot", spotId));
	}

	/** The communes/town of the committee, of every period. */
	List<SheetArea> areas(Long committeeId) {
		return areas.childrenOn(rootArea(committeeId), null).stream().map(AccidentContext::area).toList();
	}

	/** The names of the committee's communes/town (of every period) by id. */
	Map<Long, String> areaNames(Long committeeId) {
		Map<Long, String> names = new HashMap<>();
		for (AreaRow area : areas.childrenOn(rootArea(committeeId), null)) {
			names.put(area.id(), area.displayName());
		}
		return names;
	}

	/** The names of the given units by id, in one read. */
	Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		units.findAll(new HashSet<>(ids)).forEach(u -> names.put(u.id(), u.name()));
		return names;
	}

	/** The rule of the catalogue that says what makes a black spot on that day, or null when none. */
	AccidentRuleView ruleOn(LocalDate day) {
		List<AccidentRuleView> inForce = rules.inForce(RulePurpose.BLACK_SPOT, day, day);
		return inForce.isEmpty() ? null : inForce.get(inForce.size() - 1);
	}

	private Long rootArea(Long committeeId) {
		return committees.committees().stream()
			.filter(c -> c.id().equals(committeeId))
			.map(CommitteeSummary::areaId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("committee", committeeId));
	}
}
