package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;
import vn.atgt.thidua.registration.TargetFixture.RegistrationBuilder;

/** The Excel round-trip of a unit's registration: download, upload with a dry run, all or nothing. */
@ThiDuaIntegrationTest
class TargetImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TargetFixture fixture;

	Movement m;
	RegistrationBuilder banBo;
	CurrentUser officer;
	String unit;
	Long sessions;

	@BeforeEach
	void aDraftWithEveryKindOfTarget() {
		m = fixture.movement();
		sessions = fixture.suggest(m, 4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST);
		banBo = fixture.registration(m, m.banBo());
		officer = banBo.officer();
		unit = m.unitPage(m.banBo());
		banBo.with(new TargetCommand(null, TargetKind.QUANTITATIVE, sessions, null, null, null, new BigDecimal("15"),
				new BigDecimal("15"), new BigDecimal("20"), null, "Mỗi tháng ít nhất 1 buổi tại nhà văn hóa các bản"))
			.with(new TargetCommand(m.area(4), TargetKind.QUANTITATIVE, null, "Tỷ lệ hộ gia đình ký cam kết", "%",
					TargetDirection.AT_LEAST, new BigDecimal("87.5"), new BigDecimal("92.25"), null, null, null))
			.with(new TargetCommand(m.area(5), TargetKind.QUANTITATIVE, null, "Số vụ TNGT", "vụ",
					TargetDirection.AT_MOST, new BigDecimal("4"), new BigDecimal("3"), null, null, null))
			.with(TargetFixture.quantitative(m.area(2), "Số điểm lấn chiếm lòng, lề đường được giải tỏa", "điểm", 1500))
			.with(TargetFixture.milestone(m.area(4), "Ra mắt mô hình “Cổng trường an toàn giao thông”",
					LocalDate.of(2024, 9, 30)));
	}

	@Test
	void theDownloadHasVietnameseHeadersAndOneRowPerTargetInTaskAreaOrder() throws Exception {
		byte[] xlsx = mvc.perform(get(unit + "/export").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = rows(xlsx);

		assertThat(rows.get(0)).containsExactlyElementsOf(TargetImportService.HEADERS);
		assertThat(rows).hasSize(6);
		assertThat(rows.get(1)).containsExactly("2", m.areas().get(1).title(), "Chỉ tiêu định lượng",
				"Số điểm lấn chiếm lòng, lề đường được giải tỏa", "điểm", "Không thấp hơn (≥)", "", "1.500", "", "", "");
		assertThat(rows.get(2)).containsExactly("4", m.areas().get(3).title(), "Chỉ tiêu định lượng",
				"Số buổi tuyên truyền", "buổi", "Không thấp hơn (≥)", "15", "15", "20", "",
				"Mỗi tháng ít nhất 1 buổi tại nhà văn hóa các bản");
		assertThat(rows.get(3)).containsSubsequence("Tỷ lệ hộ gia đình ký cam kết", "%", "Không thấp hơn (≥)", "87,5",
				"92,25");
		assertThat(rows.get(4)).containsSubsequence("Mốc công việc", "Ra mắt mô hình “Cổng trường an toàn giao thông”");
		assertThat(rows.get(4).get(9)).isEqualTo("30/09/2024");
		assertThat(rows.get(5)).containsSubsequence("5", "Chỉ tiêu định lượng", "Số vụ TNGT", "vụ", "Không vượt quá (≤)");
	}

	@Test
	void aSheetDownloadedAndUploadedUnchangedChangesNothing() throws Exception {
		RegistrationView before = banBo.view();
		byte[] xlsx = fixture.imports.export(officer, m.campaignId(), m.banBo().id());

		MockHttpSession session = new MockHttpSession();
		String page = mvc.perform(multipart(unit + "/import").file(file(xlsx)).session(session).with(as(officer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 dòng hợp lệ, sẵn sàng nhập.")))
			.andReturn().getResponse().getContentAsString();
		String token = Jsoup.parse(page).select("input[name=token]").val();
		mvc.perform(post(unit + "/import/confirm").param("token", token).session(session).with(as(officer))
			.with(csrf()))
			.andExpect(redirectedUrl(unit))
			.andExpect(result -> assertThat(result.getFlashMap().get("flash").toString())
				.contains("target.import.nothingChanged"));

		RegistrationView after = banBo.view();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.targets()).isEqualTo(before.targets());
		assertThat(after.history()).isEqualTo(before.history());
	}

	@Test
	void anUploadReplacesTheDraftRowByRow() {
		List<List<String>> rows = rows(fixture.imports.export(officer, m.campaignId(), m.banBo().id()));
		rows.remove(5);
		rows.get(2).set(7, "18");
		rows.add(row("6", "Chỉ tiêu định lượng", "Số người được tập huấn sơ cứu", "người", "≥", "", "25", "", "", ""));

		ImportOutcome outcome = fixture.imports.importSheet(officer, m.campaignId(), m.banBo().id(), sheet(rows));

		assertThat(outcome).isEqualTo(new ImportOutcome(1, 1, 1, 3));
		RegistrationView after = banBo.view();
		assertThat(after.targets()).extracting(TargetView::indicatorName).containsExactlyInAnyOrder(
				"Số điểm lấn chiếm lòng, lề đường được giải tỏa", "Số buổi tuyên truyền", "Tỷ lệ hộ gia đình ký cam kết",
				"Ra mắt mô hình “Cổng trường an toàn giao thông”", "Số người được tập huấn sơ cứu");
		TargetView picked = after.targets().stream().filter(t -> t.indicatorName().equals("Số buổi tuyên truyền"))
			.findFirst().orElseThrow();
		assertThat(picked.targetValue()).isEqualByComparingTo("18");
		assertThat(picked.suggestedIndicatorId()).isEqualTo(sessions);
	}

	@Test
	void aRowNamedAfterASuggestedIndicatorIsThatIndicator() {
		Long people = fixture.suggest(m, 4, "Số lượt người được tuyên truyền", "lượt người", TargetDirection.AT_LEAST);
		List<List<String>> rows = rows(fixture.imports.export(officer, m.campaignId(), m.banBo().id()));
		rows.add(row("4", "Chỉ tiêu định lượng", "số lượt người được tuyên truyền", "", "", "1.420", "1.500", "", "", ""));

		ImportCheck<TargetCommand> check = fixture.imports.check(officer, m.campaignId(), m.banBo().id(), sheet(rows));
		assertThat(check.problems()).isEmpty();
		TargetCommand command = check.commands().get(check.commands().size() - 1);
		assertThat(command.suggestedIndicatorId()).isEqualTo(people);
		assertThat(command.indicatorName()).isEqualTo("Số lượt người được tuyên truyền");
		assertThat(command.unitOfMeasure()).isEqualTo("lượt người");
		assertThat(command.targetValue()).isEqualByComparingTo("1500");

		rows.get(rows.size() - 1).set(4, "người");
		assertThat(fixture.imports.check(officer, m.campaignId(), m.banBo().id(), sheet(rows)).problems())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(7, TargetImportService.UNIT, "target.import.suggestion.unit"));
	}

	@Test
	void aSheetWithErrorsListsEachByRowAndColumnAndWritesNothing() throws Exception {
		RegistrationView before = banBo.view();
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("9", "Chỉ tiêu định lượng", "Chỉ tiêu của nhiệm vụ không có", "buổi", "≥", "", "3", "", "", ""));
		rows.add(row("4", "Chỉ tiêu định lượng", "Số buổi tuyên truyền", "buổi", "≥", "-15", "mười hai", "", "", ""));
		rows.add(row("4", "Chỉ tiêu định lượng", "Số lượt người được tuyên truyền", "", "≥", "", "1.500", "", "", ""));
		rows.add(row("4", "Chỉ tiêu định lượng", "Tỷ lệ học sinh ký cam kết", "%", "", "", "120", "", "", ""));
		rows.add(row("2", "Mốc công việc", "Ra mắt mô hình", "", "", "", "", "", "31/02/2024", ""));
		rows.add(row("4", "Chỉ tiêu định lượng", "Số lượt người được tuyên truyền", "lượt người", "≥", "", "1.600", "", "",
				""));
		rows.add(row("4", "Nhiệm vụ", "Tổ chức ra quân", "", "?", "", "1", "", "", ""));

		ImportCheck<TargetCommand> check = fixture.imports.check(officer, m.campaignId(), m.banBo().id(), sheet(rows));
		assertThat(check.isValid()).isFalse();
		assertThat(check.problems())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(
					tuple(2, TargetImportService.TASK_AREA, "target.import.taskArea.unknown"),
					tuple(3, TargetImportService.TARGET, "target.import.number"),
					tuple(3, TargetImportService.BASELINE, "target.value.negative"),
					tuple(4, TargetImportService.UNIT, "target.unitOfMeasure.required"),
					tuple(5, TargetImportService.DIRECTION, "target.direction.required"),
					tuple(5, TargetImportService.TARGET, "target.percent.range"),
					tuple(6, TargetImportService.DUE, "target.import.date"),
					tuple(7, TargetImportService.NAME, "import.duplicateInSheet"),
					tuple(8, TargetImportService.KIND, "target.import.kind.unknown"),
					tuple(8, TargetImportService.DIRECTION, "target.import.direction.unknown"));

		mvc.perform(multipart(unit + "/import").file(file(Sheets.write("Dang ky", TargetImportService.HEADERS, rows)))
			.with(as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 10 lỗi. Chưa có dữ liệu nào được ghi")))
			.andExpect(content().string(containsString("Chỉ tiêu tính bằng % phải từ 0 đến 100.")))
			.andExpect(content().string(containsString("“mười hai” không phải là số (ví dụ: 1.500 hoặc 12,5).")))
			.andExpect(content().string(containsString("Phong trào không có nhiệm vụ số “9”.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"token\""))));
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> fixture.imports.importSheet(officer,
				m.campaignId(), m.banBo().id(), sheet(rows))))
			.hasFieldOrPropertyWithValue("messageKey", "target.import.invalid");

		RegistrationView after = banBo.view();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.targets()).isEqualTo(before.targets());
	}

	@Test
	void aFileThatIsNotAWorkbookOrASubmittedRegistrationIsRefusedPolitely() throws Exception {
		mvc.perform(multipart(unit + "/import").file(new MockMultipartFile("file", "dang-ky.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "không phải Excel".getBytes()))
			.with(as(officer)).with(csrf()))
			.andExpect(redirectedUrl(unit + "/import"))
			.andExpect(result -> assertThat(result.getFlashMap().get("flash").toString()).contains("import.notXlsx"));

		byte[] xlsx = fixture.imports.export(officer, m.campaignId(), m.banBo().id());
		banBo.submitted();
		mvc.perform(get(unit + "/import").with(as(officer))).andExpect(redirectedUrl(unit));
		mvc.perform(multipart(unit + "/import").file(file(xlsx)).with(as(officer)).with(csrf()))
			.andExpect(redirectedUrl(unit + "/import"))
			.andExpect(result -> assertThat(result.getFlashMap().get("flash").toString())
				.contains("target.notEditable.SUBMITTED"));
	}

	private static List<String> row(String area, String kind, String name, String unitOfMeasure, String direction,
			String baseline, String target, String weight, String due, String note) {
		return new ArrayList<>(Arrays.asList(area, "", kind, name, unitOfMeasure, direction, baseline, target, weight,
				due, note));
	}

	private static ByteArrayInputStream sheet(List<List<String>> rows) {
		return new ByteArrayInputStream(Sheets.write("Dang ky", TargetImportService.HEADERS,
				rows.get(0).equals(TargetImportService.HEADERS) ? rows.subList(1, rows.size()) : rows));
	}

	private static MockMultipartFile file(byte[] xlsx) {
		return new MockMultipartFile("file", "dang-ky.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
	}

	/** Every row of the first sheet as text, as a user sees it; the header row first. */
	static List<List<String>> rows(byte[] xlsx) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < TargetImportService.HEADERS.size(); c++) {
					cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
