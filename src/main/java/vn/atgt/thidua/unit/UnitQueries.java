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

	UnitQueries(UnitService units, AreaService areas, CommitteeService committees, UnitAccess access) {
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
		Page<UnitRow> page = units.search(filter, pageable);
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
		return new UnitFormPage(unitId == null ? null : units.get(unitId), areas.all(), committees.committees(),
				committees.main().map(CommitteeSummary::id).orElse(null));
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
	 * Every committee.
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public List<CommitteeSummary> committees(CurrentUser user) {
		access.requireAdministrator(user);
		return committees.committees();
	}

	/**
	 * The page of a committee with its members; {@code committeeId} null for a new one.
	 * @throws NotFoundException when there is no such committee
	 * @throws AccessDeniedException unless the user is an administrator
	 */
	public CommitteePage committee(CurrentUser user, Long committeeId) {
		access.requireAdministrator(user);
		return new CommitteePage(committeeId == null ? null : committees.get(committeeId), areas.all(), units.all());
	}
}
