package vn.atgt.thidua.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.unit.internal.Area;
import vn.atgt.thidua.unit.internal.AreaLevel;
import vn.atgt.thidua.unit.internal.AreaLevelRepository;
import vn.atgt.thidua.unit.internal.AreaRepository;
import vn.atgt.thidua.unit.internal.AreaSuccession;
import vn.atgt.thidua.unit.internal.AreaSuccessionRepository;

/**
 * The official list of administrative units after Resolution 202/2025/QH15, shipped as CSV under
 * {@code resources/areas/} (see its SOURCE.md): a province's 2025 communes, wards and special zones, valid from
 * 1/7/2025, and optionally its pre-reform districts and communes (valid until 30/6/2025) with the links to their
 * successors. Loading is idempotent: an area already there (a 2025 unit by its official code, a former one by its name
 * and level under its parent) and a link already made are counted as existing and left alone, so a second run creates
 * nothing. {@link #plan} is the dry run of {@link #load}.
 */
@Service
@Transactional(readOnly = true)
public class OfficialAreas {

	public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final LocalDate LAST_DAY = REFORM.minusDays(1);

	private final AreaRepository areas;
	private final AreaLevelRepository levels;
	private final AreaSuccessionRepository successions;

	OfficialAreas(AreaRepository areas, AreaLevelRepository levels, AreaSuccessionRepository successions) {
		this.areas = areas;
		this.levels = levels;
		this.successions = successions;
	}

	/** The 34 provinces and centrally-run cities, by code. */
	public List<OfficialProvince> provinces() {
		return read("provinces.csv").stream().map(r -> new OfficialProvince(r[0], r[1], r[2])).toList();
	}

	/** The number of 2025 communes, wards and special zones in the shipped list. */
	public int communeCount() {
		return read("communes.csv").size();
	}

	/** What {@link #load} would do now, writing nothing. */
	public OfficialAreasPlan plan(String provinceCode, boolean withFormer) {
		return run(provinceCode, withFormer, false);
	}

	/** Loads the province's areas (and, {@code withFormer}, its former ones with their succession links). */
	@Transactional
	public OfficialAreasPlan load(String provinceCode, boolean withFormer) {
		return run(provinceCode, withFormer, true);
	}

	private OfficialAreasPlan run(String provinceCode, boolean withFormer, boolean write) {
		OfficialProvince province = provinces().stream().filter(p -> p.code().equals(provinceCode)).findFirst()
			.orElseThrow(() -> new FieldException("province", "area.official.province.unknown"));
		Counter c = new Counter(write);
		Area provinceArea = c.byCode(province.code(), () -> newArea(stripped(province.name()),
				province.kind().startsWith("Thành phố") ? "CENTRAL_CITY" : "PROVINCE", province.code(), null, null,
				null), true);
		Map<String, Area> communes = new HashMap<>();
		for (String[] row : read("communes.csv")) {
			if (row[2].equals(province.code())) {
				communes.put(row[0], c.byCode(row[0], () -> newArea(stripped(row[1]), levelOf(row[1]), row[0],
						provinceArea, REFORM, null), false));
			}
		}
		if (withFormer) {
			for (String[] row : read("successions.csv")) {
				if (row[6].equals(province.name())) {
					formerLink(c, province, provinceArea, communes, row);
				}
			}
		}
		return new OfficialAreasPlan(province.code(), province.name(), withFormer, c.newCommunes, c.existingCommunes,
				c.newFormer, c.existingFormer, c.newLinks, c.existingLinks, c.skippedLinks);
	}

	/** One row of the succession table: the former province, district and commune, and the link to the successor. */
	private void formerLink(Counter c, OfficialProvince province, Area provinceArea, Map<String, Area> communes,
			String[] row) {
		Area successor = communes.get(row[4]);
		if (row[1].isBlank() || row[2].isBlank() || successor == null) {
			c.skippedLinks++;
			return;
		}
		// a province that kept its name goes on; a merged one's former province ended with the reform
		Area formerProvince = stripped(row[3]).equals(stripped(province.name())) ? provinceArea
				: c.former(topLevelOf(row[3]), stripped(row[3]), null);
		Area district = c.former(districtLevelOf(row[2]), stripped(row[2]), formerProvince);
		Area commune = c.former(levelOf(row[1]), stripped(row[1]), district);
		if (commune.getId() != null && successor.getId() != null
				&& successions.existsByPredecessorIdAndSuccessorId(commune.getId(), successor.getId())) {
			c.existingLinks++;
		}
		else if (c.linked.add(row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4])) {
			c.newLinks++;
			if (c.write) {
				successions.save(new AreaSuccession(commune.getId(), successor.getId(), REFORM));
			}
		}
	}

	private Area newArea(String name, String levelCode, String code, Area parent, LocalDate from, LocalDate to) {
		AreaLevel level = levels.findByCode(levelCode).orElseThrow();
		Area area = new Area(name, level);
		area.update(name, code, level, from, to);
		area.moveUnder(parent);
		return area;
	}

	/** Counts what exists and what is new; creates the new areas when writing, else keeps them unsaved. */
	private final class Counter {

		final boolean write;
		final java.util.Set<String> linked = new java.util.HashSet<>();
		final Map<String, Area> made = new HashMap<>();
		int newCommunes;
		int existingCommunes;
		int newFormer;
		int existingFormer;
		int newLinks;
		int existingLinks;
		int skippedLinks;

		Counter(boolean write) {
			this.write = write;
		}

		Area byCode(String code, java.util.function.Supplier<Area> create, boolean province) {
			Optional<Area> existing = areas.findByOfficialCode(code);
			if (existing.isPresent()) {
				if (!province) {
					existingCommunes++;
				}
				return existing.get();
			}
			if (!province) {
				newCommunes++;
			}
			return save(create.get());
		}

		/** A former area (valid until 30/6/2025) by level and name under its parent, each counted once. */
		Area former(String level, String name, Area parent) {
			String key = level + "|" + name + "|" + (parent == null ? "-" : System.identityHashCode(parent));
			Area known = made.get(key);
			if (known != null) {
				return known;
			}
			List<Area> existing = parent == null ? areas.findFormerTop(level, name, LAST_DAY)
					: parent.getId() == null ? List.of() : areas.findUnder(parent.getId(), level, name);
			Area area;
			if (existing.isEmpty()) {
				newFormer++;
				area = save(newArea(name, level, null, parent, null, LAST_DAY));
			}
			else {
				existingFormer++;
				area = existing.get(0);
			}
			made.put(key, area);
			return area;
		}

		private Area save(Area area) {
			return write ? areas.save(area) : area;
		}
	}

	/** "Xã Bản Bo" → "Bản Bo": the level carries the word. */
	static String stripped(String name) {
		for (String prefix : List.of("Thành phố ", "Tỉnh ", "Huyện ", "Thị xã ", "Quận ", "Thị trấn ", "Xã ", "Phường ",
				"Đặc khu ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	static String levelOf(String commune) {
		if (commune.startsWith("Phường ")) {
			return "WARD";
		}
		if (commune.startsWith("Thị trấn ")) {
			return "TOWNSHIP";
		}
		return commune.startsWith("Đặc khu ") ? "SPECIAL_ZONE" : "COMMUNE";
	}

	static String districtLevelOf(String district) {
		if (district.startsWith("Quận ")) {
			return "URBAN_DISTRICT";
		}
		if (district.startsWith("Thị xã ")) {
			return "DISTRICT_TOWN";
		}
		return district.startsWith("Thành phố ") ? "PROVINCIAL_CITY" : "DISTRICT";
	}

	static String topLevelOf(String province) {
		return province.startsWith("Thành phố ") ? "CENTRAL_CITY" : "PROVINCE";
	}

	/** The data rows of a shipped CSV (header left out); fields may be quoted with "" inside. */
	static List<String[]> read(String file) {
		try (InputStream in = new ClassPathResource("areas/" + file).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String[]> rows = new ArrayList<>();
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rows.add(fields(line));
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String[] fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (ch == '"') {
				quoted = !quoted;
			}
			else if (ch == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(ch);
			}
		}
		fields.add(field.toString());
		return fields.toArray(String[]::new);
	}
}
