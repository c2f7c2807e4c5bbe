package vn.atgt.thidua.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.unit.AreaCommand;
import vn.atgt.thidua.unit.AreaLevelOption;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.CommitteeCommand;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/** Builds areas, committees and units for tests, each with fresh codes. */
@Component
public class TestUnits {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AreaService areas;
	private final UnitService units;
	private final CommitteeService committees;

	TestUnits(AreaService areas, UnitService units, CommitteeService committees) {
		this.areas = areas;
		this.units = units;
		this.committees = committees;
	}

	public static String uniqueCode(String prefix) {
		return prefix + "-" + (System.nanoTime() % 1_000_000) + "-" + SEQUENCE.incrementAndGet();
	}

	public Long levelId(String code) {
		return areas.levels().stream().filter(l -> l.code().equals(code)).map(AreaLevelOption::id).findFirst()
			.orElseThrow();
	}

	public Long area(String name, String levelCode, Long parentId) {
		return areas.create(new AreaCommand(name, null, levelId(levelCode), parentId, null, null));
	}

	/** A district-level committee with its own district area. */
	public Long committee(String name) {
		Long district = area(name, "DISTRICT", null);
		return committees.create(new CommitteeCommand("Ban ATGT " + name, district, null, "UBND HUYỆN " + name,
				"BAN AN TOÀN GIAO THÔNG", "BATGT", name, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", null,
				"Lê Văn Ký", "Lưu: VT."));
	}

	public UnitSummary unit(String name, UnitKind kind, Long committeeId) {
		Long id = units.create(new UnitCommand(uniqueCode("U"), name, null, kind, null, committeeId,
				"donvi@example.vn", null, false));
		return units.find(id).orElseThrow();
	}

	public UnitSummary unit(String name) {
		return unit(name, UnitKind.AGENCY, null);
	}
}
