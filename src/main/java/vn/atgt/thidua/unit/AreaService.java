package vn.atgt.thidua.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.unit.internal.Area;
import vn.atgt.thidua.unit.internal.AreaLevel;
import vn.atgt.thidua.unit.internal.AreaLevelRepository;
import vn.atgt.thidua.unit.internal.AreaRepository;
import vn.atgt.thidua.unit.internal.AreaSuccession;
import vn.atgt.thidua.unit.internal.AreaSuccessionRepository;

/**
 * Administrative areas as a dated tree. An area is valid between two dates; when it was merged into another (the
 * 2025 reform) a succession link says so, and each period's data keeps pointing at the areas of its time.
 */
@Service
@Transactional(readOnly = true)
public class AreaService {

	private final AreaRepository areas;
	private final AreaLevelRepository levels;
	private final AreaSuccessionRepository successions;

	AreaService(AreaRepository areas, AreaLevelRepository levels, AreaSuccessionRepository successions) {
		this.areas = areas;
		this.levels = levels;
		this.successions = successions;
	}

	public List<AreaLevelOption> levels() {
		return levels.options();
	}

	/** A page of areas; {@code validOn} null means areas of every period. */
	public Page<AreaRow> search(String query, Long levelId, LocalDate validOn, Pageable pageable) {
		return areas.search(SearchText.likePattern(query), levelId, validOn, pageable);
	}

	public AreaRow get(Long id) {
		return areas.row(id).orElseThrow(() -> new NotFoundException("area", id));
	}

	/** The id of the area with that official code. */
	public Optional<Long> byOfficialCode(String code) {
		return areas.findByOfficialCode(code).map(a -> a.getId());
	}

	/** Every area of every period, for selection lists (names carry their validity on screen). */
	public List<AreaRow> all() {
		return areas.allRows();
	}

	/** The areas directly under a parent that are valid on the given day (e.g. a district's communes in 2024). */
	public List<AreaRow> childrenOn(Long parentId, LocalDate day) {
		return areas.children(parentId, day);
	}

	/**
	 * The area and the areas directly under it valid on the given day, in one statement (the accident figures of a
	 * committee's area read both on every dashboard).
	 * @throws NotFoundException when there is no such area
	 */
	public AreaWithChildren withChildren(Long id, LocalDate day) {
		List<AreaRow> rows = areas.withChildren(id, day);
		if (rows.isEmpty() || !rows.get(0).id().equals(id)) {
			throw new NotFoundException("area", id);
		}
		return new AreaWithChildren(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
	}

	/** Successions in which the area is the predecessor or the successor. */
	public List<SuccessionRow> successionsOf(Long areaId) {
		return successions.involving(areaId);
	}

	@Transactional
	public Long create(AreaCommand command) {
		checkCodeFree(command.officialCode(), null);
		Area area = new Area(command.name(), level(command.levelId()));
		apply(area, command);
		return areas.save(area).getId();
	}

	@Transactional
	public void update(Long id, long version, AreaCommand command) {
		Area area = areas.findById(id).orElseThrow(() -> new NotFoundException("area", id));
		StaleDataException.check(area, version);
		checkCodeFree(command.officialCode(), id);
		apply(area, command);
	}

	/** Records that from {@code effectiveDate} the predecessor belongs to the successor (and stops being valid). */
	@Transactional
	public void addSuccession(Long predecessorId, Long successorId, LocalDate effectiveDate) {
		if (predecessorId.equals(successorId)) {
			throw new FieldException("successorId", "area.succession.self");
		}
		Area predecessor = areas.findById(predecessorId).orElseThrow(() -> new NotFoundException("area", predecessorId));
		Area successor = areas.findById(successorId).orElseThrow(() -> new NotFoundException("area", successorId));
		if (successions.existsByPredecessorIdAndSuccessorId(predecessorId, successorId)) {
			throw new FieldException("successorId", "area.succession.exists");
		}
		if (predecessor.getValidFrom() != null && !effectiveDate.isAfter(predecessor.getValidFrom())) {
			throw new FieldException("effectiveDate", "area.succession.beforePredecessor");
		}
		successions.save(new AreaSuccession(predecessor.getId(), successor.getId(), effectiveDate));
		LocalDate lastDay = effectiveDate.minusDays(1);
		if (predecessor.getValidTo() == null || predecessor.getValidTo().isAfter(lastDay)) {
			predecessor.update(predecessor.getName(), predecessor.getOfficialCode(), predecessor.getLevel(),
					predecessor.getValidFrom(), lastDay);
		}
	}

	private void apply(Area area, AreaCommand command) {
		area.update(command.name(), blankToNull(command.officialCode()), level(command.levelId()), command.validFrom(),
				command.validTo());
		Area parent = command.parentId() == null ? null
				: areas.findById(command.parentId()).orElseThrow(() -> new FieldException("parentId", "area.parent.unknown"));
		area.moveUnder(parent);
	}

	private AreaLevel level(Long levelId) {
		return levels.findById(levelId).orElseThrow(() -> new FieldException("levelId", "area.level.unknown"));
	}

	private void checkCodeFree(String officialCode, Long exceptId) {
		String code = blankToNull(officialCode);
		if (code == null) {
			return;
		}
		boolean taken = exceptId == null ? areas.existsByOfficialCode(code)
				: areas.existsByOfficialCodeAndIdNot(code, exceptId);
		if (taken) {
			throw new FieldException("officialCode", "area.code.taken");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
