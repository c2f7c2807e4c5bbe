package vn.atgt.thidua.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.unit.internal.MemberUnit;
import vn.atgt.thidua.unit.internal.MemberUnitRepository;

/** Member units: the list for administrators, and the look-ups other modules need. */
@Service
@Transactional(readOnly = true)
public class UnitService {

	private final MemberUnitRepository units;
	private final ApplicationEventPublisher events;

	UnitService(MemberUnitRepository units, ApplicationEventPublisher events) {
		this.units = units;
		this.events = events;
	}

	/** A page of the committee's units matching the filter, in Vietnamese name order. */
	public Page<UnitRow> search(Long committeeId, UnitFilter filter, Pageable pageable) {
		return units.search(committeeId, SearchText.likePattern(filter.query()), filter.kind(), filter.areaId(),
				filter.active(), pageable);
	}

	public UnitRow get(Long id) {
		return units.row(id).orElseThrow(() -> new NotFoundException("unit", id));
	}

	public Optional<UnitSummary> find(Long id) {
		return id == null ? Optional.empty() : units.summary(id);
	}

	public Optional<UnitSummary> findByCode(String code) {
		return code == null ? Optional.empty() : units.summaryByCode(code.strip());
	}

	/** The units with these ids, by name; unknown ids are left out. */
	public List<UnitSummary> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : units.summaries(ids);
	}

	/** Every unit, active ones first: for selection lists. */
	public List<UnitSummary> all() {
		return units.allSummaries();
	}

	/** Every unit of the committee, active ones first: for selection lists. */
	public List<UnitSummary> allOf(Long committeeId) {
		return committeeId == null ? List.of() : units.allSummariesOf(committeeId);
	}

	/** The active member units of a committee: the default participants of its campaigns. */
	public List<UnitSummary> activeMembersOf(Long committeeId) {
		return units.activeMembersOf(committeeId);
	}

	/** The name shown for a unit in page headers, or null when the unit does not exist. */
	public String nameOf(Long unitId) {
		return find(unitId).map(UnitSummary::name).orElse(null);
	}

	@Transactional
	public Long create(UnitCommand command) {
		if (units.existsByCode(command.code())) {
			throw new FieldException("code", "unit.code.taken");
		}
		MemberUnit unit = new MemberUnit(command.code(), command.name(), command.kind());
		apply(unit, command);
		return units.save(unit).getId();
	}

	@Transactional
	public void update(Long id, long version, UnitCommand command) {
		MemberUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
		StaleDataException.check(unit, version);
		if (units.existsByCodeAndIdNot(command.code(), id)) {
			throw new FieldException("code", "unit.code.taken");
		}
		apply(unit, command);
		events.publishEvent(new UnitChanged(id));
	}

	@Transactional
	public void setActive(Long id, boolean active) {
		units.findById(id).orElseThrow(() -> new NotFoundException("unit", id)).setActive(active);
	}

	private static void apply(MemberUnit unit, UnitCommand c) {
		unit.update(c.code(), c.name(), c.shortName(), c.kind(), c.areaId(), c.committeeId(), c.email(), c.phone(),
				c.suppliesAccidentFigures());
	}
}
