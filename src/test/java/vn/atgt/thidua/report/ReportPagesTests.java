package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.ReportBuilder;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The report pages in MockMvc: the unit's list by period and the office's table of every unit with filters; opening,
 * filling (numbers the Vietnamese way), attaching files and submitting a report; the review queue oldest first with
 * its filters, accept and return from the queue; the return form's comments beside the entries; downloads served as
 * attachments.
 */
@ThiDuaIntegrationTest
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixture fixture;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theUnitListsItsPeriodsOpensAReportFillsItTheVietnameseWayAndTheHeadSubmitsIt() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		clock.setInstant(ReportFixture.at(15, 8, 9, 0));

		Document list = page(m.reportsPage(), police.officer());
		assertThat(list.select("[data-testid=unit-reports] tbody tr")).hasSize(6);
		assertThat(list.select("[data-testid=period-" + m.month(7).id() + "]").text())
			.contains(m.month(7).name(), "20/08/2024", "Chưa thực hiện", "Hạn nộp 20/08/2024", "Lập báo cáo");
		assertThat(list.select("[data-testid=period-" + m.month(9).id() + "]").text()).contains("Chưa đến kỳ");

		String location = mvc.perform(post(m.reportsPage() + "/open").param("periodId", m.month(7).id().toString())
			.with(as(police.officer())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/reports/");
		Long id = Long.valueOf(location.substring("/reports/".length()));

		Document report = page(location, police.officer());
		assertThat(report.select("[data-testid=report-title]").text()).contains(m.month(7).name(), m.police().name());
		assertThat(report.select("label[for=value-" + police.target(CHECKS) + "]").text())
			.isEqualTo("Kết quả kỳ này (lượt) — " + CHECKS);
		assertThat(report.select("#value-" + police.target(CHECKS)).attr("name")).isEqualTo("values[" + police.target(CHECKS) + "]");
		assertThat(report.select("#done-" + police.target(MILESTONE)).attr("name")).isEqualTo("done[" + police.target(MILESTONE) + "]");
		assertThat(report.select("[data-testid=cumulative-note]").text()).startsWith("Lũy kế = kết quả kỳ này");
		assertThat(report.select("[data-testid=head-only]").text()).isEqualTo("Chỉ lãnh đạo đơn vị gửi báo cáo kết quả.");
		assertThat(report.select("button[formaction]")).isEmpty();
		long version = Long.parseLong(report.select("input[name=version]").val());

		mvc.perform(multipart("/reports/" + id)
			.file(new MockMultipartFile("evidence-" + police.target(CHECKS), "../../chốt kiểm tra.png", "image/png",
					ReportFixture.png(400, 300)))
			.param("version", "" + version)
			.param("values[" + police.target(CHECKS) + "]", "1.234,5")
			.param("values[" + police.target(ALCOHOL) + "]", "37")
			.param("comments[" + police.target(CHECKS) + "]", "Tại Km 12, Quốc lộ 4D")
			.param("activities[" + m.area(5) + "]", "Tổ chức 12 ca tuần tra, kiểm soát.")
			.param("difficulties", "Thiếu máy đo nồng độ cồn")
			.with(as(police.officer())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + id))
			.andExpect(flash().attributeExists("flash"));
		ReportView saved = fixture.queries.report(police.officer(), id);
		assertThat(entry(saved, police.target(CHECKS)).periodValue()).isEqualByComparingTo("1234.5");
		assertThat(entry(saved, police.target(CHECKS)).comment()).isEqualTo("Tại Km 12, Quốc lộ 4D");
		assertThat(saved.narrative(m.area(5)).activities()).isEqualTo("Tổ chức 12 ca tuần tra, kiểm soát.");
		assertThat(saved.difficulties()).isEqualTo("Thiếu máy đo nồng độ cồn");
		assertThat(saved.evidenceOf(police.target(CHECKS))).singleElement().satisfies(v -> {
			assertThat(v.name()).isEqualTo("chốt kiểm tra.png");
			assertThat(v.hasThumbnail()).isTrue();
		});

		Document filled = page(location, police.head());
		assertThat(filled.select("#value-" + police.target(CHECKS)).val()).isEqualTo("1.234,5");
		assertThat(filled.select("[data-testid=progress-" + police.target(CHECKS) + "]").text())
			.contains("Lũy kế: 1.234,5 / 4.000 lượt", "Tỷ lệ hoàn thành 30,9 %", "Chưa đạt");
		assertThat(filled.select("button[formaction]").text()).isEqualTo("Gửi báo cáo");
		assertThat(filled.select("[data-testid=entry-" + police.target(CHECKS) + "] img").attr("src"))
			.endsWith("/thumbnail");

		clock.setInstant(ReportFixture.at(19, 8, 9, 0));
		mvc.perform(multipart("/reports/" + id + "/submit").param("version", "" + saved.version())
			.param("values[" + police.target(CHECKS) + "]", "420")
			.param("values[" + police.target(ALCOHOL) + "]", "37")
			.param("values[" + police.target(ACCIDENTS) + "]", "1")
			.param("values[" + police.target(PLEDGES) + "]", "95,5")
			.param("done[" + police.target(MILESTONE) + "]", "false")
			.with(as(police.head())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + id));
		Document sent = page(location, police.officer());
		assertThat(sent.select("[data-testid=report-status]").text()).isEqualTo("Đã gửi");
		assertThat(sent.select("[data-testid=timeliness]").first().text()).isEqualTo("Đúng hạn");
		assertThat(sent.select("[data-testid=waiting-note]")).hasSize(1);
		assertThat(sent.select("input[name^=values]")).isEmpty();
		assertThat(sent.select("[data-testid=entry-" + police.target(PLEDGES) + "] [data-testid=period-value]").text())
			.isEqualTo("95,5 %");
		assertThat(page(m.reportsPage(), police.officer()).select("[data-testid=period-" + m.month(7).id() + "]").text())
			.contains("Đã gửi", "19/08/2024 09:00", "Đúng hạn");
	}

	@Test
	void theOfficeSeesEveryUnitAndPeriodWithStatusAndLatenessAndFilters() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		fixture.report(m, police, 7).filled().submittedOn(23, 8);
		fixture.report(m, banBo, 7).filled();

		Document all = page(m.reportsPage(), m.office());
		assertThat(all.select("[data-testid=reports] tbody tr")).hasSize(12);
		assertThat(all.select("[data-testid=row-" + m.police().id() + "-" + m.month(7).id() + "]").text())
			.contains(m.police().name(), "Đã gửi", "Trễ hạn 3 ngày");
		assertThat(all.select("[data-testid=row-" + m.banBo().id() + "-" + m.month(7).id() + "]").text())
			.contains("Nháp", "Quá hạn");
		assertThat(all.select("[data-testid=status-summary]").text()).contains("Đã gửi: 1", "Nháp: 1", "Chưa thực hiện: 10");

		assertThat(page(m.reportsPage() + "?periodId=" + m.month(7).id(), m.office())
			.select("[data-testid=reports] tbody tr")).hasSize(2);
		assertThat(page(m.reportsPage() + "?status=SUBMITTED", m.office()).select("[data-testid=reports] tbody tr"))
			.singleElement().satisfies(r -> assertThat(r.text()).contains(m.police().name()));
		assertThat(page(m.reportsPage() + "?unitId=" + m.banBo().id() + "&status=NOT_STARTED", m.office())
			.select("[data-testid=reports] tbody tr")).hasSize(5);
		assertThat(page(m.reportsPage(), fixture.users.leader()).select("[data-testid=reports] tbody tr")).hasSize(12);

		// units are found by words of their name, typed with or without diacritics (no drop-down of every unit: a
		// province has 2,000); a unit given by id (a monitoring link) is named above the list with a link that drops it
		Document searched = search(m.reportsPage(), "ban bo", m.office());
		assertThat(searched.select("[data-testid=reports] tbody tr")).hasSize(6)
			.allSatisfy(r -> assertThat(r.text()).contains(m.banBo().name()));
		assertThat(searched.select("select#unitId")).isEmpty();
		assertThat(searched.select("input#q").val()).isEqualTo("ban bo");
		assertThat(searched.select("label[for=q]").text()).isEqualTo("Tìm đơn vị theo tên");
		assertThat(search(m.reportsPage(), "Công an", m.office()).select("[data-testid=reports] tbody tr")).hasSize(6)
			.allSatisfy(r -> assertThat(r.text()).contains(m.police().name()));
		assertThat(search(m.reportsPage(), "không có đơn vị này", m.office()).select("[data-testid=reports] tbody tr"))
			.singleElement().satisfies(r -> assertThat(r.select("td").attr("colspan")).isEqualTo("5"));
		Document byId = page(m.reportsPage() + "?unitId=" + m.banBo().id() + "&periodId=" + m.month(7).id(), m.office());
		assertThat(byId.select("[data-testid=unit-filter]").text()).contains("Đơn vị: " + m.banBo().name());
		assertThat(byId.select("form[role=search] input[type=hidden][name=unitId]").val()).isEqualTo("" + m.banBo().id());
		assertThat(byId.select("[data-testid=unit-filter] a").attr("href")).doesNotContain("unitId=" + m.banBo().id())
			.contains("periodId=" + m.month(7).id());

		// on 24/8 only July and August have begun; a later period is shown when asked for
		clock.setInstant(ReportFixture.at(24, 8, 9, 0));
		assertThat(page(m.reportsPage(), m.office()).select("[data-testid=reports] tbody tr td:first-child").eachText())
			.containsOnly(m.month(7).name(), m.month(8).name()).hasSize(4);
		assertThat(page(m.reportsPage() + "?periodId=" + m.month(12).id(), m.office())
			.select("[data-testid=reports] tbody tr")).hasSize(2);
	}

	@Test
	void theQueueListsSubmittedReportsOldestFirstFiltersThemAndTheOfficeDecidesFromIt() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.teamWithoutTargets(m.banBo());
		ReportBuilder policeJuly = fixture.report(m, police, 7).filled().submittedOn(19, 8);
		ReportBuilder policeAugust = fixture.report(m, police, 8).filled().submittedOn(16, 9);
		// Bản Bo has no approved target: a narrative under task area 4 only
		Long banBoJuly = fixture.reports.open(banBo.officer(), m.campaignId(), m.month(7).id());
		fixture.reports.save(banBo.officer(), banBoJuly, fixture.queries.report(banBo.officer(), banBoJuly).version(), new ReportContent(Map.of(), Map.of(m.area(4),
				new ReportContent.NarrativeInput("Tuyên truyền tại 5 thôn, bản", null, null, null)), null, null),
				java.util.List.of());
		clock.run(ReportFixture.at(18, 8, 8, 0), () -> fixture.reports.submit(banBo.head(), banBoJuly,
				fixture.queries.report(banBo.head(), banBoJuly).version(), null, java.util.List.of()));

		Document queue = page(m.reviewPage(), m.office());
		assertThat(queue.select("[data-testid=queue] tbody tr").eachAttr("data-testid")).containsExactly(
				"queue-" + banBoJuly, "queue-" + policeJuly.id(), "queue-" + policeAugust.id());
		assertThat(queue.select("[data-testid=queue-count]").text()).isEqualTo("3 báo cáo chờ thẩm định");
		assertThat(queue.select("[data-testid=queue-" + policeJuly.id() + "]").text())
			.contains(m.police().name(), m.month(7).name(), "Đúng hạn", "5 kết quả chỉ tiêu", "Không có tệp minh chứng");

		assertThat(ids(page(m.reviewPage() + "?periodId=" + m.month(8).id(), m.office())))
			.containsExactly("queue-" + policeAugust.id());
		assertThat(ids(page(m.reviewPage() + "?unitId=" + m.banBo().id(), m.office()))).containsExactly("queue-" + banBoJuly);
		assertThat(ids(search(m.reviewPage(), "ban bo", m.office()))).containsExactly("queue-" + banBoJuly);
		assertThat(ids(search(m.reviewPage(), "CÔNG AN", m.office())))
			.containsExactly("queue-" + policeJuly.id(), "queue-" + policeAugust.id());
		assertThat(page(m.reviewPage() + "?unitId=" + m.banBo().id(), m.office()).select("[data-testid=unit-filter]")
			.text()).contains(m.banBo().name());
		assertThat(ids(page(m.reviewPage() + "?taskAreaId=" + m.area(5), m.office())))
			.containsExactly("queue-" + policeJuly.id(), "queue-" + policeAugust.id());
		assertThat(ids(page(m.reviewPage() + "?taskAreaId=" + m.area(4), m.office())))
			.containsExactly("queue-" + banBoJuly, "queue-" + policeJuly.id(), "queue-" + policeAugust.id());
		assertThat(ids(page(m.reviewPage() + "?taskAreaId=" + m.area(6), m.office()))).isEmpty();

		String back = m.reviewPage() + "?periodId=" + m.month(7).id() + "&page=0";
		mvc.perform(post("/reports/" + policeJuly.id() + "/accept").param("version", "" + policeJuly.view().version())
			.param("back", back).with(as(m.office())).with(csrf()))
			.andExpect(redirectedUrl(back));
		mvc.perform(post("/reports/" + banBoJuly + "/quick-return").param("version",
				"" + fixture.queries.report(m.office(), banBoJuly).version())
			.param("reason", "Đề nghị bổ sung số liệu").param("back", "https://evil.example/x")
			.with(as(m.office())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + banBoJuly));
		assertThat(policeJuly.view().status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(fixture.queries.report(m.office(), banBoJuly).officeNote()).isEqualTo("Đề nghị bổ sung số liệu");
		assertThat(ids(page(m.reviewPage(), m.office()))).containsExactly("queue-" + policeAugust.id());

		mvc.perform(post("/reports/" + policeAugust.id() + "/quick-return").param("version",
				"" + policeAugust.view().version()).param("reason", " ").with(as(m.office())).with(csrf())
			.header("Referer", "http://localhost" + m.reviewPage()))
			.andExpect(redirectedUrl(m.reviewPage()))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(containsString("report.reason.required"))));
		assertThat(policeAugust.view().status()).isEqualTo(ReportStatus.SUBMITTED);
		Document leaderQueue = page(m.reviewPage(), fixture.users.leader());
		assertThat(ids(leaderQueue)).containsExactly("queue-" + policeAugust.id());
		assertThat(leaderQueue.select("[data-testid=queue] form")).isEmpty();
	}

	@Test
	void theOfficeReturnsWithCommentsThatTheUnitSeesBesideTheEntriesAndReopensAnAcceptedReport() throws Exception {
		Movement m = fixture.movement();
		Team banBo = fixture.team(m, m.banBo());
		ReportBuilder july = fixture.report(m, banBo, 7).filled().submittedOn(19, 8);

		Document form = page("/reports/" + july.id() + "/return", m.office());
		assertThat(form.select("label[for=comment-" + banBo.target(CHECKS) + "]").text())
			.isEqualTo("Ý kiến về chỉ tiêu “" + CHECKS + "”");
		mvc.perform(post("/reports/" + july.id() + "/return").param("version", "" + july.view().version())
			.param("reason", "").with(as(m.office())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nêu lý do.")));
		mvc.perform(post("/reports/" + july.id() + "/return").param("version", "" + july.view().version())
			.param("reason", "Thiếu minh chứng")
			.param("comments[" + banBo.target(CHECKS) + "]", "Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/7")
			.param("comments[" + banBo.target(ALCOHOL) + "]", " ")
			.with(as(m.office())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + july.id()));

		Document returned = page("/reports/" + july.id(), banBo.officer());
		assertThat(returned.select("[data-testid=office-note]").text()).isEqualTo("Lý do trả lại: Thiếu minh chứng");
		assertThat(returned.select("[data-testid=entry-" + banBo.target(CHECKS) + "] [data-testid=review-comment]").text())
			.isEqualTo("Ý kiến thẩm định: Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/7");
		assertThat(returned.select("[data-testid=review-comment]")).hasSize(1);
		assertThat(returned.select("#value-" + banBo.target(CHECKS)).val()).isEqualTo("420");

		clock.run(ReportFixture.at(23, 8, 9, 0),
				() -> fixture.reports.submit(banBo.head(), july.id(), july.view().version(), null, java.util.List.of()));
		july.accepted();
		Document accepted = page("/reports/" + july.id(), banBo.officer());
		assertThat(accepted.select("[data-testid=locked-note]")).hasSize(1);
		assertThat(accepted.select("[data-testid=timeliness]").first().text()).isEqualTo("Trễ hạn 3 ngày");
		assertThat(accepted.select("[data-testid=report-history]").text())
			.contains("Gửi báo cáo", "Trả lại", "Thiếu minh chứng", "Trễ hạn 3 ngày", "Tiếp nhận");

		mvc.perform(post("/reports/" + july.id() + "/reopen").param("version", "" + july.view().version())
			.param("reason", "Điều chỉnh số liệu").with(as(m.office())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + july.id()));
		assertThat(page("/reports/" + july.id(), banBo.officer()).select("[data-testid=office-note]").text())
			.isEqualTo("Lý do mở lại: Điều chỉnh số liệu");
	}

	@Test
	void evidenceIsDownloadedAsAnAttachmentAndPhotosHaveThumbnails() throws Exception {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);
		fixture.reports.save(police.officer(), july.id(), july.view().version(), null, java.util.List.of(
				new EvidenceUpload(null, "bien-ban.pdf", "%PDF-1.4 biên bản".getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"Biên bản kiểm tra"),
				new EvidenceUpload(police.target(CHECKS), "anh.png", ReportFixture.png(800, 600), null)));
		ReportView view = july.view();
		EvidenceView pdf = view.reportEvidence().get(0);
		EvidenceView photo = view.evidenceOf(police.target(CHECKS)).get(0);
		assertThat(pdf.label()).isEqualTo("Biên bản kiểm tra");
		assertThat(pdf.hasThumbnail()).isFalse();

		mvc.perform(get("/reports/" + july.id() + "/evidence/" + pdf.id()).with(as(fixture.users.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/reports/" + july.id() + "/evidence/" + photo.id() + "/thumbnail").with(as(police.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
		mvc.perform(get("/reports/" + july.id() + "/evidence/" + pdf.id() + "/thumbnail").with(as(police.officer())))
			.andExpect(status().isNotFound());

		Document page = page("/reports/" + july.id(), police.officer());
		assertThat(page.select("[data-testid=evidence-list] tbody tr")).hasSize(2);
		mvc.perform(post("/reports/" + july.id() + "/evidence/" + pdf.id() + "/delete").param("version", "" + view.version())
			.with(as(police.officer())).with(csrf()))
			.andExpect(redirectedUrl("/reports/" + july.id()));
		assertThat(july.view().evidence()).hasSize(1);
	}

	private static java.util.List<String> ids(Document queue) {
		return queue.select("[data-testid=queue] tbody tr[data-testid]").eachAttr("data-testid");
	}

	static EntryView entry(ReportView view, Long targetId) {
		return view.entries().stream().filter(e -> e.targetId().equals(targetId)).findFirst().orElseThrow();
	}

	/** The page with its unit search field filled in. */
	private Document search(String url, String query, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).param("q", query).with(as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
