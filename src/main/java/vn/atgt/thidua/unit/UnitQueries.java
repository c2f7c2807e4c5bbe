package vn.atgt.thidua.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The administration pages of the unit module ({@code /admin/units}, {@code /admin/areas}, {@code /admin/committees}):
 * each read checks {@link UnitAccess} (403 unless the user is an administrator) and returns what its page shows, the
 * choices of its selection lists and the rows' buttons included.
 */
@Service
@Transactional(readOnly = true)
public class UnitQueries {

	private final UnitService units;
	private final AreaService areas;
	private final CommitteeService committees;
	private final UnitAccess access;
	private final OfficialAreas officialAreas;

	UnitQueries(UnitService units, AreaService areas, CommitteeService committees, UnitAccess access,
			OfficialAreas officialAreas) {
		this.officialAreas = officialAreas;
		this.units = units;
		this.areas = areas;
		this.committees = committees;
		this.access = access;
	}

	/**
	 * A page of member units matching the filter, in Vietnamese name order, with each row's buttons.
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public UnitsPage units(CurrentUser user, UnitFilter filter, Pageable pageable) {
		access.requireAdministrator(user);
		Page<UnitRow> page = units.search(user.committeeId(), filter, pageable);
		Map<Long, UnitActions> actions = new LinkedHashMap<>();
		page.forEach(unit -> actions.put(unit.id(), access.actions(user, unit)));
		return new UnitsPage(page, actions);
	}

	/**
	 * The form of a member unit; {@code unitId} null for a new one.
	 * @throws NotFoundException when there is no such unit
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public UnitFormPage unitForm(CurrentUser user, Long unitId) {
		access.requireAdministrator(user);
		UnitRow unit = unitId == null ? null : units.get(unitId);
		if (unit != null) {
			access.requireUnit(user, unit.committeeId(), unitId);
		}
		return new UnitFormPage(unit, areas.all(), ownCommittees(user), user.committeeId());
	}

	/**
	 * Checks that the administrator keeps the unit (before a command of {@link UnitService} on it).
	 * @throws NotFoundException for another committee's unit
	 */
	public void requireUnit(CurrentUser user, Long unitId) {
		access.requireUnit(user, units.get(unitId).committeeId(), unitId);
	}

	/**
	 * Checks that the administrator may put a unit in that committee (hers).
	 * @throws NotFoundException for another committee
	 */
	public void requireUnitCommittee(CurrentUser user, Long committeeId) {
		access.requireUnit(user, committeeId, null);
	}

	/**
	 * Checks that the user keeps the committee (before a command of {@link CommitteeService} on it); {@code null} for
	 * a new committee, which only the system administrator creates.
	 */
	public void requireCommittee(CurrentUser user, Long committeeId) {
		if (committeeId == null) {
			access.requireCommitteeCreator(user);
		}
		else {
			access.requireCommittee(user, committeeId);
		}
	}

	/** The provinces of the official list. @throws AccessDeniedException unless the user loads areas */
	public List<OfficialProvince> officialProvinces(CurrentUser user) {
		access.requireAreaLoader(user);
		return officialAreas.provinces();
	}

	/** The dry run of loading a province. @throws AccessDeniedException unless the user loads areas */
	public OfficialAreasPlan officialAreasPlan(CurrentUser user, String provinceCode, boolean withFormer) {
		access.requireAreaLoader(user);
		return officialAreas.plan(provinceCode, withFormer);
	}

	/** Loads a province's areas. @throws AccessDeniedException unless the user loads areas */
	@Transactional
	public OfficialAreasPlan loadOfficialAreas(CurrentUser user, String provinceCode, boolean withFormer) {
		access.requireAreaLoader(user);
		return officialAreas.load(provinceCode, withFormer);
	}

	private List<CommitteeSummary> ownCommittees(CurrentUser user) {
		return committees.committees().stream()
			.filter(c -> access.keepsCommittees(user) || c.id().equals(user.committeeId()))
			.toList();
	}

	/**
	 * A page of areas matching the filter ({@code validOn} null: areas of every period), with the levels.
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public AreasPage areas(CurrentUser user, String query, Long levelId, LocalDate validOn, Pageable pageable) {
		access.requireAdministrator(user);
		return new AreasPage(areas.search(query, levelId, validOn, pageable), areas.levels());
	}

	/**
	 * The form of an area with its successions; {@code areaId} null for a new one.
	 * @throws NotFoundException when there is no such area
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public AreaFormPage areaForm(CurrentUser user, Long areaId) {
		access.requireAdministrator(user);
		return new AreaFormPage(areaId == null ? null : areas.get(areaId), areas.levels(), areas.all(),
				areaId == null ? List.of() : areas.successionsOf(areaId));
	}

	/**
	 * The committees the user keeps: her own (an administrator), every one (the system administrator).
	 * @throws AccessDeniedException unless the user is an administrator or the system administrator
	 */
	public List<CommitteeSummary> committees(CurrentUser user) {
		access.requireCommittee(user, null);
		return ownCommittees(user);
	}

	/**
	 * The page of a committee with its members; {@code committeeId} null for a new one.
	 * @throws NotFoundException when there is no such committee
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public CommitteePage committee(CurrentUser user, Long committeeId) {
		requireCommittee(user, committeeId);
		CommitteeView committee = committeeId == null ? null : committees.get(committeeId);
		// the system administrator sees no unit data: no member units to choose from on her committee page
		boolean keeper = access.keepsCommittees(user);
		// only she places a committee under another: the other committees are hers to choose from, not their own admins'
		List<CommitteeSummary> parents = keeper ? committees.committees().stream()
			.filter(c -> !c.id().equals(committeeId))
			.toList() : List.of();
		return new CommitteePage(committee, areas.all(),
				committeeId == null || keeper ? List.of() : units.allOf(committeeId), committee != null && keeper,
				keeper, parents);
	}

	/**
	 * The command as the user may give it: the system administrator places the committee under a parent; its own
	 * administrator edits the rest and leaves it where it is.
	 */
	public CommitteeCommand placedBy(CurrentUser user, Long committeeId, CommitteeCommand command) {
		if (access.keepsCommittees(user)) {
			return command;
		}
		return command.withParent(committeeId == null ? null : committees.summary(committeeId)
			.map(CommitteeSummary::parentId)
			.orElse(null));
	}
}
