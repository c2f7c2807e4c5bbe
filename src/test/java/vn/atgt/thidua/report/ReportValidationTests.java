package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;
import static vn.atgt.thidua.support.TestUsers.as;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.ReportBuilder;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.HttpUserAgent;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Bad input on the report page: a value that is not a number, a negative one, a rate over 100, a text of 100,000
 * characters, an executable renamed to .jpg, a file name like {@code ../../x}, a file of 50 MB and a request over the
 * multipart limit — each a clear message, the user's input kept, nothing half-written, never a 500. And two officers
 * saving the same report: the second save is refused, never a silent overwrite.
 */
@ThiDuaIntegrationTest
class ReportValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void aValueThatIsNotANumberIsRefusedBesideItsFieldWithEverythingTypedKeptAndNothingWritten() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();

		Document page = Jsoup.parse(mvc.perform(save(july, version, police)
			.param("values[" + police.target(CHECKS) + "]", "mười hai")
			.param("values[" + police.target(ALCOHOL) + "]", "-3")
			.param("values[" + police.target(PLEDGES) + "]", "120,5")
			.param("difficulties", "Thiếu máy đo nồng độ cồn"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#value-" + police.target(CHECKS)).val()).isEqualTo("mười hai");
		assertThat(page.select("#value-" + police.target(CHECKS)).hasClass("is-invalid")).isTrue();
		assertThat(page.select("#value-" + police.target(CHECKS) + "-error").text())
			.isEqualTo("Số không hợp lệ (ví dụ: 1.234,5).");
		assertThat(page.select("#difficulties").val()).isEqualTo("Thiếu máy đo nồng độ cồn");
		assertThat(page.select("[data-testid=form-errors]")).hasSize(1);
		assertThat(july.view().version()).isEqualTo(version);
		assertThat(july.view().difficulties()).isNull();

		// the number fixed, the rules of the service speak for the others, all at once
		page = Jsoup.parse(mvc.perform(save(july, version, police)
			.param("values[" + police.target(CHECKS) + "]", "12")
			.param("values[" + police.target(ALCOHOL) + "]", "-3")
			.param("values[" + police.target(PLEDGES) + "]", "120,5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#value-" + police.target(ALCOHOL) + "-error").text()).isEqualTo("Không được là số âm.");
		assertThat(page.select("#value-" + police.target(PLEDGES) + "-error").text()).isEqualTo("Tỷ lệ phải từ 0 đến 100.");
		assertThat(page.select("#value-" + police.target(PLEDGES)).val()).isEqualTo("120,5");
		assertThat(july.view().version()).isEqualTo(version);
		assertThat(ReportPagesTests.entry(july.view(), police.target(CHECKS)).periodValue()).isNull();
	}

	@Test
	void aTextOf100000CharactersIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();
		String huge = "Tuyên truyền ".repeat(100_000 / 13 + 1).substring(0, 100_000);

		Document page = Jsoup.parse(mvc.perform(save(july, version, police)
			.param("values[" + police.target(CHECKS) + "]", "420")
			.param("activities[" + m.area(5) + "]", huge))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#activities-" + m.area(5) + "-error").text()).isEqualTo("Tối đa 20.000 ký tự.");
		assertThat(page.select("#activities-" + m.area(5)).val()).hasSize(100_000);
		assertThat(page.select("#value-" + police.target(CHECKS)).val()).isEqualTo("420");
		assertThat(july.view().version()).isEqualTo(version);
		assertThat(july.view().narrative(m.area(5)).activities()).isNull();

		mvc.perform(post("/reports/" + july.id() + "/return").param("version", "" + version).param("reason", huge)
			.with(as(m.office())).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void anExecutableRenamedToJpgIsRefusedByItsContentAndNothingOfTheSaveIsWritten() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();
		long files = storedFiles();

		Document page = Jsoup.parse(mvc.perform(save(july, version, police)
			.file(new MockMultipartFile("evidence", "anh-chot.png", "image/png", ReportFixture.png(20, 20)))
			.file(new MockMultipartFile("evidence-" + police.target(CHECKS), "virus.jpg", "image/jpeg",
					new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }))
			.param("values[" + police.target(CHECKS) + "]", "420"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=form-errors]").text()).contains("Tệp “virus.jpg”: Loại tệp không được chấp nhận");
		assertThat(page.select("#value-" + police.target(CHECKS)).val()).isEqualTo("420");
		assertThat(storedFiles()).isEqualTo(files);
		assertThat(july.view().evidence()).isEmpty();
		assertThat(july.view().version()).isEqualTo(version);

		mvc.perform(save(july, version, police)
			.file(new MockMultipartFile("evidence", "../../x", "image/png", ReportFixture.png(20, 20))))
			.andExpect(redirectedUrl("/reports/" + july.id()));
		assertThat(july.view().reportEvidence()).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("x.png"));
	}

	@Test
	void aFileOf50MegabytesAndARequestOverTheLimitGetAPlainMessageAndNothingIsWritten() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();
		long files = storedFiles();
		HttpUserAgent browser = new HttpUserAgent(port);
		browser.signIn(police.officer().username(), TestUsers.PASSWORD);
		String page = "/reports/" + july.id();

		Map<Integer, String> messages = Map.of(50, "Tệp quá lớn. Dung lượng tối đa cho phép là 10MB.", 70,
				"Các tệp gửi cùng lúc quá lớn: tổng dung lượng tối đa là 60MB. Hãy gửi ít tệp hơn mỗi lần.");
		for (int megabytes : new int[] { 50, 70 }) {
			byte[] big = new byte[megabytes * 1024 * 1024];
			big[0] = '%';
			big[1] = 'P';
			big[2] = 'D';
			big[3] = 'F';
			big[4] = '-';
			HttpResponse<String> response = browser.postMultipart(page, page,
					Map.of("version", "" + version, "values[" + police.target(CHECKS) + "]", "420"), "evidence",
					"bien-ban.pdf", big);
			assertThat(response.statusCode()).as(megabytes + " MB").isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(page);
			String shown = browser.get(page).body();
			assertThat(Jsoup.parse(shown).select("[data-testid=flash]").text()).isEqualTo(messages.get(megabytes));
		}
		assertThat(storedFiles()).isEqualTo(files);
		assertThat(july.view().version()).isEqualTo(version);

		// a real form of many targets sends far more parts than the container's default of 50
		Map<String, String> fields = new java.util.HashMap<>(Map.of("version", "" + version,
				"values[" + police.target(CHECKS) + "]", "420"));
		for (int i = 0; i < 150; i++) {
			fields.put("comments[" + (900_000 + i) + "]", "");
		}
		HttpResponse<String> saved = browser.postMultipart(page, page, fields, "evidence", "anh.png",
				ReportFixture.png(30, 20));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(browser.get(page).body()).select("[data-testid=flash]").text()).isEqualTo("Đã lưu báo cáo.");
		assertThat(july.view().reportEvidence()).hasSize(1);
	}

	@Test
	void theSecondOfTwoOfficersSavingFromTheSamePageIsToldOfTheConflictAndKeepsHerText() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		var second = fixture.users.create("cbbaocao2", m.police().id(), vn.atgt.thidua.common.security.Role.UNIT_OFFICER);
		ReportBuilder july = fixture.report(m, police, 7);
		long shown = july.view().version();

		mvc.perform(save(july, shown, police).param("values[" + police.target(CHECKS) + "]", "420")
			.param("activities[" + m.area(5) + "]", "12 ca tuần tra"))
			.andExpect(redirectedUrl("/reports/" + july.id()));
		Document page = Jsoup.parse(mvc.perform(multipart("/reports/" + july.id()).param("version", "" + shown)
			.param("values[" + police.target(CHECKS) + "]", "999")
			.param("results[" + m.area(5) + "]", "Phát hiện 37 trường hợp")
			.with(as(second)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=form-errors]").text())
			.contains("Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thực hiện lại.");
		assertThat(page.select("#value-" + police.target(CHECKS)).val()).isEqualTo("999");
		assertThat(page.select("#results-" + m.area(5)).val()).isEqualTo("Phát hiện 37 trường hợp");

		ReportView kept = july.view();
		assertThat(ReportPagesTests.entry(kept, police.target(CHECKS)).periodValue()).isEqualByComparingTo("420");
		assertThat(kept.narrative(m.area(5)).activities()).isEqualTo("12 ca tuần tra");
		assertThat(kept.narrative(m.area(5)).results()).isNull();

		// the evidence and the removal of a file check the version too
		mvc.perform(multipart("/reports/" + july.id()).file(new MockMultipartFile("evidence", "a.png", "image/png",
				ReportFixture.png(10, 10))).param("version", "" + shown).with(as(second)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(july.view().evidence()).isEmpty();
	}

	@Test
	void twoSavesAtTheSameMomentNeverBothWin() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (String value : List.of("100", "200")) {
				runs.add(pool.submit(() -> {
					start.await();
					try {
						fixture.reports.save(police.officer(), july.id(), version, new ReportContent(
								Map.of(police.target(CHECKS), new EntryInput(new java.math.BigDecimal(value), null, null)),
								Map.of(), null, null), List.of());
						outcomes.add("saved " + value);
					}
					catch (StaleDataException | OptimisticLockingFailureException e) {
						outcomes.add("refused");
					}
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(outcomes).hasSize(2).containsOnlyOnce("refused");
		String winner = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
		assertThat(ReportPagesTests.entry(july.view(), police.target(CHECKS)).periodValue()).isEqualByComparingTo(winner);
		assertThat(july.view().version()).isGreaterThan(version);
	}

	@Test
	void aSubmissionWithoutEveryAnswerNamesEachMissingEntryBesideItsFieldAndWritesNothing() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		long version = july.view().version();

		Document page = Jsoup.parse(mvc.perform(multipart("/reports/" + july.id() + "/submit")
			.param("version", "" + version)
			.param("values[" + police.target(CHECKS) + "]", "420")
			.with(as(police.head())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=missing] li").eachText())
			.containsExactlyInAnyOrder(ALCOHOL, ACCIDENTS, PLEDGES, MILESTONE);
		assertThat(page.select("#value-" + police.target(ALCOHOL) + "-error").text()).isEqualTo("Chưa nhập kết quả.");
		assertThat(page.select("#done-" + police.target(MILESTONE) + "-error").text()).isEqualTo("Chưa nhập kết quả.");
		assertThat(page.select("#value-" + police.target(CHECKS) + "-error")).isEmpty();
		assertThat(page.select("[data-testid=form-errors]").text())
			.contains("Chưa gửi được: còn 4 chỉ tiêu chưa nhập kết quả.");
		assertThat(page.select("#value-" + police.target(CHECKS)).val()).isEqualTo("420");
		assertThat(july.view().status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(july.view().version()).isEqualTo(version);
	}

	private MockMultipartHttpServletRequestBuilder save(ReportBuilder report, long version, Team team) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/reports/" + report.id())
			.param("version", "" + version)
			.with(as(team.officer())).with(csrf());
	}

	private long storedFiles() {
		return jdbc.queryForObject("SELECT count(*) FROM stored_files", Long.class);
	}

	@Test
	void aReturnPostedWithoutAnyFieldShowsTheFormWithItsErrorsAndWritesNothing() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).filled().submittedOn(19, 8);
		mvc.perform(post("/reports/" + july.id() + "/return").with(as(m.office())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("report/return-form"))
			.andExpect(model()
				.attributeHasFieldErrors("form", "reason"));
		mvc.perform(post("/reports/" + july.id() + "/return").with(as(m.office())).with(csrf())
				.param("reason", "Thiếu ảnh").param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(model()
				.attributeHasFieldErrors("form", "version"));
		assertThat(july.view().status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void aPageFarPastTheEndOfTheListsIsAnEmptyPageNotAnError() throws Exception {
		Movement m = fixture.movement();
		mvc.perform(get(m.reportsPage())
				.param("page", "50000000").with(as(m.office())))
			.andExpect(status().isOk());
		mvc.perform(get(m.reviewPage())
				.param("page", "2147483647").with(as(m.office())))
			.andExpect(status().isOk());
	}
}
