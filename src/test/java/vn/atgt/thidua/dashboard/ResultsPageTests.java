package vn.atgt.thidua.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitRow;
import vn.atgt.thidua.unit.UnitService;

/**
 * The results page of the movement built by hand ({@link DashboardFixture}) on 10/10/2024: every figure of both
 * tables, the filters, a unit user's own unit only, and the XLSX of each table read back through LibreOffice Calc.
 */
@ThiDuaIntegrationTest
class ResultsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	UnitService units;

	@TempDir
	Path workDir;

	DashboardFixture.Story story;

	@BeforeEach
	void build() {
		story = fixture.story();
		clock.setInstant(MonitoringFixture.at(10, 10, 12, 0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void unitByTaskAreaAndTaskAreaByUnitShowEveryUnitsTargetsByStanding() throws Exception {
		Document page = page(story.results(), users.office());
		var units = page.select("[data-testid=units-table]");
		assertThat(units.select("tbody tr")).hasSize(4);
		assertThat(row(units, story.police().unitId())).endsWith("Cơ quan, ban ngành 50 % — — — — — 2 1 1 0 50 %");
		assertThat(row(units, story.education().unitId())).endsWith("0 % — — — — — 2 0 0 2 0 %");
		assertThat(row(units, story.banBo().unitId())).endsWith("UBND cấp xã — — — — — — 0 0 0 0 —");
		assertThat(units.select("[data-testid=units-total]").text()).isEqualTo("Tổng cộng 4 1 1 2 25 %");

		var areas = page.select("[data-testid=task-areas-table]");
		var first = areas.select("tbody[data-task-area=1]");
		assertThat(first.select("tr[data-unit]")).hasSize(2);
		assertThat(first.select("tr[data-unit=" + story.police().unitId() + "]").text()).endsWith("2 1 1 0 50 %");
		assertThat(first.select("[data-testid=area-total]").text()).endsWith("Cộng nhiệm vụ 4 1 1 2 25 %");
		assertThat(areas.select("tbody[data-task-area=2] [data-testid=area-total]").text())
			.endsWith("Cộng nhiệm vụ 0 0 0 0 —");
	}

	@Test
	void theFiltersNarrowUnitsAndTaskAreasAndBadValuesAreNoFilter() throws Exception {
		Document communes = page(story.results() + "?unitKind=COMMUNE_COMMITTEE", users.leader());
		assertThat(communes.select("[data-testid=units-table] tbody tr").eachAttr("data-unit")).containsExactly(
				story.banBo().unitId().toString(), story.naTam().unitId().toString());
		Document area1 = page(story.results() + "?taskAreaId=" + story.m().area(1), users.leader());
		assertThat(area1.select("[data-testid=units-table] thead th")).hasSize(2 + 1 + 5);
		assertThat(area1.select("[data-testid=task-areas-table] tbody")).hasSize(1);
		Document bad = page(story.results() + "?unitKind=NONE&taskAreaId=abc&areaId=%27", users.leader());
		assertThat(bad.select("[data-testid=units-table] tbody tr")).hasSize(4);
	}

	@Test
	void aUnitWhoseKindChangesLeavesTheFilterOfItsOldKindAtTheNextView() throws Exception {
		// a page of one unit: the pager counts the selection's units, which are kept between views
		String communes = story.results() + "?unitKind=COMMUNE_COMMITTEE&size=1";
		Document before = page(communes, users.leader());
		assertThat(before.select("[data-testid=results-paged]").text()).startsWith("Mỗi trang hiện 1 đơn vị trong 2;");
		// the edit of a participating unit must drop them
		UnitRow unit = units.get(story.naTam().unitId());
		units.update(unit.id(), unit.version(), new UnitCommand(unit.code(), unit.name(), unit.shortName(),
				UnitKind.AGENCY, unit.areaId(), unit.committeeId(), unit.email(), unit.phone(),
				unit.suppliesAccidentFigures()));
		Document after = page(communes, users.leader());
		assertThat(after.select("[data-testid=units-table] tbody tr").eachAttr("data-unit"))
			.containsExactly(story.banBo().unitId().toString());
		assertThat(after.select("[data-testid=results-paged]")).isEmpty();
	}

	@Test
	void aUnitUserSeesHerOwnUnitOnlyAndTheDashboardIsNotHers() throws Exception {
		CurrentUser head = story.police().head();
		Document page = page(story.results(), head);
		assertThat(page.select("[data-testid=units-table] tbody tr").eachAttr("data-unit"))
			.containsExactly(story.police().unitId().toString());
		assertThat(page.select("[data-testid=task-areas-table] tr[data-unit]").eachAttr("data-unit"))
			.containsOnly(story.police().unitId().toString());
		assertThat(page.select("#unitKind")).isEmpty();
		assertThat(page.select("main").text()).doesNotContain(story.education().unit().name());
		String csv = LibreOffice.sheetText(export(story.results() + "/export?table=UNITS", head), workDir);
		assertThat(csv).contains(story.police().unit().name()).doesNotContain(story.education().unit().name());
		mvc.perform(get(story.dashboard()).with(as(head))).andExpect(status().isForbidden());
	}

	@Test
	void eachTableExportsToXlsxWithTheScreensColumnsAndFigures() throws Exception {
		String url = story.results() + "/export?table=UNITS&unitKind=AGENCY";
		String csv = LibreOffice.sheetText(export(url, users.leader()), workDir);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\"Kế hoạch số " + story.m().planNumber());
		assertThat(lines.get(1)).startsWith("\"Kết quả theo đơn vị và nhiệm vụ trọng tâm\"");
		assertThat(lines.get(2)).startsWith("\"Bộ lọc: loại đơn vị Cơ quan, ban ngành\"");
		assertThat(lines.get(3)).startsWith("\"Số liệu đến ngày 10/10/2024\"");
		assertThat(lines.get(5)).startsWith("\"Đơn vị\",\"Loại đơn vị\",\"1. ").endsWith(
				"\"Số chỉ tiêu\",\"Đạt\",\"Đúng tiến độ\",\"Chậm\",\"Tỷ lệ đạt (%)\"");
		assertThat(csv).contains("\"" + story.police().unit().name() + "\",\"Cơ quan, ban ngành\",50,,,,,,2,1,1,0,50");
		assertThat(csv).contains("\"" + story.education().unit().name() + "\",\"Cơ quan, ban ngành\",0,,,,,,2,0,0,2,0");
		assertThat(csv).contains("\"Tổng cộng\",,,,,,,,4,1,1,2,25");

		String byArea = LibreOffice.sheetText(export(story.results() + "/export?table=TASK_AREAS", users.office()),
				workDir);
		assertThat(byArea).contains("\"" + story.police().unit().name() + "\",2,1,1,0,50");
		assertThat(byArea).contains("\"Cộng nhiệm vụ\",4,1,1,2,25");
		assertThat(byArea).contains("\"Bộ lọc: tất cả đơn vị, tất cả nhiệm vụ trọng tâm\"");
	}

	@Test
	void everyRowOfEachSheetEqualsTheScreensRow() throws Exception {
		for (String filter : List.of("", "unitKind=AGENCY&", "taskAreaId=" + story.m().area(1) + "&")) {
			Document page = page(story.results() + "?" + filter, users.office());
			List<List<String>> units = sheetRows(story.results() + "/export?" + filter + "table=UNITS");
			List<List<String>> screenUnits = screenRows(page.select("[data-testid=units-table] tbody tr, "
					+ "[data-testid=units-table] tfoot tr"));
			assertThat(screenUnits).isNotEmpty();
			assertThat(units).containsSubsequence(screenUnits);
			List<List<String>> areas = sheetRows(story.results() + "/export?" + filter + "table=TASK_AREAS");
			List<List<String>> screenAreas = screenRows(page.select("[data-testid=task-areas-table] tr[data-unit], "
					+ "[data-testid=task-areas-table] [data-testid=area-total]"));
			assertThat(screenAreas).isNotEmpty();
			assertThat(areas).containsAll(screenAreas);
		}
	}

	/** The sheet's rows as LibreOffice Calc reads them, each cell as text ("" when empty). */
	private List<List<String>> sheetRows(String url) throws Exception {
		return LibreOffice.sheetText(export(url, users.office()), workDir).lines().map(ResultsPageTests::csv)
			.map(ResultsPageTests::trimmed).toList();
	}

	/** The screen's rows with the sheet's conventions: no "%", "—" for empty, a decimal point. */
	private static List<List<String>> screenRows(org.jsoup.select.Elements rows) {
		// every cell, the empty ones too (eachText() would leave them out)
		return rows.stream().map(row -> row.select("th, td").stream().map(org.jsoup.nodes.Element::text)
			.map(text -> text.equals("—") ? "" : text.matches("[\\d.,]+( %)?") ? text.replace(" %", "")
				.replace(".", "").replace(",", ".") : text)
			.toList()).map(ResultsPageTests::trimmed).toList();
	}

	/** The cells without the empty ones at the end (Calc writes a row as far as the widest row). */
	private static List<String> trimmed(List<String> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isEmpty()) {
			end--;
		}
		return List.copyOf(cells.subList(0, end));
	}

	private static List<String> csv(String line) {
		List<String> cells = new java.util.ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static String row(org.jsoup.select.Elements table, Long unitId) {
		return table.select("tr[data-unit=" + unitId + "]").text();
	}

	private byte[] export(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
