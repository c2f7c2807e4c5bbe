package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.scoring.ScoringFixture.Team;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The ranking reads a fixed number of SQL statements whatever the number of units (Hibernate statistics); its XLSX
 * opens in LibreOffice Calc with the same figures; the score table comes in from an Excel sheet whose dry run lists
 * each problem by row, then replaces the table's lines.
 */
@ThiDuaIntegrationTest
class ScoringPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@TempDir
	Path workDir;

	/** Every participant self-scores, is submitted and accepted (points varying by unit). */
	void everyUnitAccepted(Movement m) {
		int i = 0;
		for (ParticipantView p : fixture.campaigns.participants(m.campaignId())) {
			UnitSummary unit = new UnitSummary(p.unitId(), null, p.unitName(), null, p.unitKind(), null, null, true,
					false, null, null);
			Team team = new Team(unit, fixture.users.create("cb", p.unitId(), Role.UNIT_OFFICER),
					fixture.users.create("ld", p.unitId(), Role.UNIT_HEAD));
			fixture.accepted(m, team, fixture.points(m, "10", "" + (i % 10), "25", "" + (40 - i)));
			i++;
		}
	}

	long statements(String url, CurrentUser user) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}

	@Test
	void theRankingIssuesAConstantNumberOfStatements() throws Exception {
		Movement small = fixture.movementWithTable();
		everyUnitAccepted(small);
		Movement large = fixture.movement(10);
		fixture.table(large);
		everyUnitAccepted(large);
		long smallCount = statements(small.ranking(), small.leader());
		long largeCount = statements(large.ranking(), large.leader());
		System.out.println("[measured] ranking page: " + smallCount + " statements with 2 units, " + largeCount
				+ " with 12 units");
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(largeCount).isLessThanOrEqualTo(12);
		// before the office sets the table up, the page says so and reads no participant: as few statements for 12
		// units as for 2, and fewer than the ranking itself
		Movement smallWithout = fixture.movement();
		Movement largeWithout = fixture.movement(10);
		long withoutTable = statements(smallWithout.ranking(), smallWithout.leader());
		assertThat(statements(largeWithout.ranking(), largeWithout.leader())).isEqualTo(withoutTable);
		assertThat(withoutTable).isLessThan(smallCount);
		Long score = fixture.queries.tablePage(large.police().head(), large.campaignId()).ownScoreId();
		System.out.println("[measured] score page: " + statements("/scores/" + score, large.police().head())
				+ " statements");
	}

	@Test
	void theRankingExportOpensInLibreOfficeWithThePagesFigures() throws Exception {
		Movement m = fixture.movementWithTable();
		fixture.accepted(m, m.police(), fixture.points(m, "10", "10", "28", "45"));
		fixture.submitted(m, m.commune(), fixture.points(m, "10", "5", "20", "30"));
		byte[] xlsx = mvc.perform(get(m.ranking() + "/export").with(as(m.leader()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String csv = LibreOffice.sheetText(xlsx, workDir);
		assertThat(csv).contains("Hạng", "Tổng điểm", "Xếp loại");
		assertThat(csv).contains("\"" + m.police().unit().name() + "\"", "93", "Xuất sắc");
		assertThat(csv).contains(m.commune().unit().name(), "Đã gửi");
		String table = LibreOffice.sheetText(mvc.perform(get(m.tablePage() + "/export").with(as(m.police().head())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), workDir);
		assertThat(table).contains("Số thứ tự", "Kết quả kiềm chế tai nạn giao thông", "Điểm trừ", "1.2");
	}

	static MockMultipartFile sheet(List<List<String>> rows) {
		return new MockMultipartFile("file", "bang-diem.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				Sheets.write("Bang diem", ScoreSheets.HEADERS, rows));
	}

	static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	@Test
	void theTableComesInFromASheetAfterADryRunListingProblemsByRow() throws Exception {
		Movement m = fixture.movement();
		fixture.tables.create(m.office(), m.campaignId(), new TableSettings("Bảng nhập từ Excel", ScoringFixture.d(
				"100"), ScoringFixture.d("50"), ScoringFixture.d("5"), null));
		String t = m.tablePage();
		MockHttpSession session = new MockHttpSession();
		Document check = Jsoup.parse(mvc.perform(multipart(t + "/import").file(sheet(List.of(
				row("1.", "Công tác chỉ đạo", "40", "Tiêu chí", "", "", ""),
				row("Mục 2", "Tuyên truyền", "60", "", "", "", ""),
				row("3.", "Kiềm chế TNGT", "sáu mươi", "", "", "", ""),
				row("4.", "Mô hình mới", "5", "Khác", "", "", ""),
				row("5.", "", "-2", "Điểm trừ", "0", "", "")))).session(session).with(as(m.office())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String problems = check.select("[data-testid=import-problems]").text();
		assertThat(problems).contains("3 Số thứ tự Số thứ tự không hợp lệ", "4 Điểm tối đa “sáu mươi” không phải là số.",
				"5 Loại Loại “Khác” không hợp lệ", "6 Nội dung tiêu chí Vui lòng nhập nội dung tiêu chí.",
				"6 Điểm tối đa Không được là số âm.", "6 Điểm trừ mỗi lần Điểm trừ mỗi lần phải lớn hơn 0.");
		assertThat(check.select("input[name=token]")).isEmpty();
		assertThat(fixture.table(m.campaignId()).criteria()).isEmpty();

		check = Jsoup.parse(mvc.perform(multipart(t + "/import").file(sheet(List.of(
				row("I.", "Phần chấm điểm", "", "", "", "", ""),
				row("1.", "Công tác chỉ đạo", "40", "Tiêu chí", "", "Có kế hoạch: 10 điểm", "Kế hoạch"),
				row("2.", "Tuyên truyền", "60", "", "", "", ""),
				row("II.", "Điểm thưởng", "", "Điểm thưởng", "", "", ""),
				row("1.", "Mô hình mới", "5", "Thưởng", "", "", ""),
				row("III.", "Điểm trừ", "", "Trừ", "", "", ""),
				row("1.", "Báo cáo trễ hạn", "5", "Điểm trừ", "1", "", "")))).session(session)
			.with(as(m.office())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String token = check.select("input[name=token]").val();
		assertThat(token).isNotBlank();
		mvc.perform(post(t + "/import/confirm").param("token", token).session(session).with(as(m.office()))
			.with(csrf())).andExpect(redirectedUrl(t));
		ScoreTableView table = fixture.table(m.campaignId());
		assertThat(table.criteria()).extracting(CriterionView::number, CriterionView::depth).containsExactly(
				org.assertj.core.groups.Tuple.tuple("I.", 0), org.assertj.core.groups.Tuple.tuple("1.", 1),
				org.assertj.core.groups.Tuple.tuple("2.", 1), org.assertj.core.groups.Tuple.tuple("II.", 0),
				org.assertj.core.groups.Tuple.tuple("1.", 1), org.assertj.core.groups.Tuple.tuple("III.", 0),
				org.assertj.core.groups.Tuple.tuple("1.", 1));
		assertThat(table.criteria().get(6).pointsPerOccurrence()).isEqualByComparingTo("1");
		assertThat(table.criteria().get(1).guidance()).isEqualTo("Có kế hoạch: 10 điểm");
		assertThat(table.problems()).extracting(TableProblem::messageKey).containsExactly("scoring.check.noGrades");
	}

	/**
	 * A sheet as offices often send it: the points of a group merged over its sub-rows, and words in a number column.
	 * Each is a problem of its row on the dry run (never a 500), and nothing is imported.
	 */
	@Test
	void mergedCellsAndTextInANumberColumnAreRowProblems() throws Exception {
		Movement m = fixture.movement();
		fixture.tables.create(m.office(), m.campaignId(), new TableSettings("Bảng nhập từ Excel", ScoringFixture.d(
				"100"), ScoringFixture.d("50"), ScoringFixture.d("5"), null));
		byte[] xlsx;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Bang diem");
			List<List<String>> rows = List.of(ScoreSheets.HEADERS, row("1.", "Công tác chỉ đạo", "40", "", "", "", ""),
					row("2.", "Tuyên truyền", "60", "", "", "", ""), row("3.", "Tuyên truyền trên loa", "", "", "", "", ""),
					row("4.", "Báo cáo trễ hạn", "5", "Điểm trừ", "một điểm", "", ""));
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("C3:C4"));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		Document check = Jsoup.parse(mvc.perform(multipart(m.tablePage() + "/import").file(new MockMultipartFile(
				"file", "bang-diem.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.with(as(m.office())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String problems = check.select("[data-testid=import-problems]").text();
		assertThat(problems).contains("3 Điểm tối đa Ô gộp C3:C4: chỉ ô đầu tiên của vùng gộp có dữ liệu.",
				"5 Điểm trừ mỗi lần “một điểm” không phải là số.");
		assertThat(check.select("[data-testid=import-problems] tbody tr")).hasSize(2);
		assertThat(check.select("input[name=token]")).isEmpty();
		assertThat(fixture.table(m.campaignId()).criteria()).isEmpty();
	}
}
