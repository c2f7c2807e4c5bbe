package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.monitoring.MonitoringFixture.at;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.SuggestedIndicatorCommand;
import vn.atgt.thidua.registration.TargetCommand;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.TargetSetupService;
import vn.atgt.thidua.summary.internal.SummaryReport;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The rules of a report: refreshing keeps the office's edits and flags changed data; a final report is locked. The
 * rules on the entity alone, and once end to end on a movement built by hand ({@link MonitoringFixture}) where a new
 * report is accepted between the office's edits and the refresh.
 */
@ThiDuaIntegrationTest
class SummaryReportTests {

	private static final String SESSIONS = "Số buổi tuyên truyền";

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture monitoring;

	@Autowired
	TargetSetupService targetSetup;

	@Autowired
	RegistrationService registrations;

	@Autowired
	SummaryService summaries;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");

	private static SummaryReport report() {
		return new SummaryReport(1L, SummaryKind.SIX_MONTH, 10L, 15L, LocalDate.of(2024, 7, 1),
				LocalDate.of(2024, 12, 31), NOW);
	}

	private static Map<SectionKey, SectionContent> data(String results, String cells) {
		return Map.of(SectionKey.RESULTS, new SectionContent(results,
				new SectionTable(List.of("Chỉ tiêu", "Thực hiện"), List.of(List.of("Số lượt kiểm tra", cells)))),
				SectionKey.ACCIDENTS, SectionContent.text("Xảy ra 8 vụ."));
	}

	@Test
	void refreshingKeepsTheOfficesEditsAndFlagsTheSectionsWhoseDataChanged() {
		SummaryReport report = report();
		report.refresh(data("Đạt 1.930 lượt.", "1.930"), false, NOW);
		report.write(SectionKey.RESULTS, "Lời văn của Văn phòng.");
		report.write(SectionKey.STRENGTHS, "Các đơn vị vào cuộc tích cực.");
		assertThat(report.section(SectionKey.RESULTS).isEdited()).isTrue();

		report.refresh(data("Đạt 2.350 lượt.", "2.350"), false, NOW);
		assertThat(report.section(SectionKey.RESULTS).getBody()).isEqualTo("Lời văn của Văn phòng.");
		assertThat(report.section(SectionKey.RESULTS).isDataChanged()).isTrue();
		assertThat(SectionTable.decode(report.section(SectionKey.RESULTS).getTableData()).rows())
			.containsExactly(List.of("Số lượt kiểm tra", "2.350"));
		assertThat(report.section(SectionKey.ACCIDENTS).isDataChanged()).isFalse();
		assertThat(report.section(SectionKey.STRENGTHS).getBody()).isEqualTo("Các đơn vị vào cuộc tích cực.");

		report.refresh(data("Đạt 2.350 lượt.", "2.350"), true, NOW);
		assertThat(report.section(SectionKey.RESULTS).getBody()).isEqualTo("Đạt 2.350 lượt.");
		assertThat(report.section(SectionKey.RESULTS).isEdited()).isFalse();
		assertThat(report.section(SectionKey.STRENGTHS).getBody()).isEqualTo("Các đơn vị vào cuộc tích cực.");
	}

	@Test
	void aTableListingEveryUnitOfAProvinceIsKeptWholeAndThePageShowsItsFirstRows() {
		List<List<String>> rows = java.util.stream.IntStream.rangeClosed(1, 2000)
			.mapToObj(i -> List.of(Integer.toString(i), "UBND xã số " + i + " của tỉnh")).toList();
		SummaryReport report = report();
		report.refresh(Map.of(SectionKey.RANKING, new SectionContent("Xếp hạng.",
				new SectionTable(List.of("Hạng", "Đơn vị"), rows))), false, NOW);
		SectionTable kept = SectionTable.decode(report.section(SectionKey.RANKING).getTableData());
		assertThat(kept.rows()).hasSize(2000).last().isEqualTo(List.of("2000", "UBND xã số 2000 của tỉnh"));
		SectionView shown = new SectionView(SectionKey.RANKING, "Xếp hạng.", kept, false, false);
		assertThat(shown.shownRows()).hasSize(SectionView.PAGE_ROWS);
		assertThat(shown.hiddenRows()).isEqualTo(2000 - SectionView.PAGE_ROWS);
	}

	@Test
	void aFinalReportIsLockedWithWhoAndWhen() {
		SummaryReport report = report();
		report.finalise(new Actor("thuongtruc", "Lê Huy Chính", NOW));
		assertThat(report.getStatus()).isEqualTo(SummaryStatus.FINAL);
		assertThat(report.getFinalisedByName()).isEqualTo("Lê Huy Chính");
		assertThat(report.getFinalisedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> report.write(SectionKey.LESSONS, "x")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "summary.final.locked");
		assertThatThrownBy(() -> report.refresh(Map.of(), false, NOW)).isInstanceOf(DomainException.class);
	}

	@Test
	void aReversedRangeAndAnOverlongTextAreRefusedOnTheirFields() {
		assertThatThrownBy(() -> new SummaryReport(1L, SummaryKind.SIX_MONTH, 15L, 10L, LocalDate.of(2024, 12, 1),
				LocalDate.of(2024, 7, 31), NOW)).isInstanceOf(FieldException.class)
			.hasFieldOrPropertyWithValue("field", "lastPeriodId");
		assertThatThrownBy(() -> report().write(SectionKey.LESSONS, "x".repeat(20001)))
			.isInstanceOf(FieldException.class).hasFieldOrPropertyWithValue("field", "text");
	}

	@Test
	void afterANewReportIsAcceptedRefreshingTakesItsFiguresKeepsTheEditsAndAFinalReportRefusesEdits() throws Exception {
		Movement m = monitoring.movement();
		CurrentUser office = m.office();
		Team police = policeWithSessions(m, 20);
		monitoring.report(m, police, 7).submittedOn(15, 8).accepted(); // 10 sessions of 20
		clock.setInstant(at(10, 10, 12, 0));
		Long id = summaries.create(office, m.campaignId(), new SummaryCommand(SummaryKind.YEAR_END, null, null));
		String base = "/campaigns/" + m.campaignId() + "/summary-reports/" + id;
		assertThat(sessions(summaries.get(office, m.campaignId(), id))).isEqualTo("10");
		assertThat(summaries.get(office, m.campaignId(), id).section(SectionKey.RESULTS).body())
			.contains("1 chỉ tiêu, 0 chỉ tiêu đạt và vượt, 1 chỉ tiêu chưa đạt.");

		// two narrative sections and one data section, written through the page's form
		write(base, m.campaignId(), id, SectionKey.STRENGTHS, "Các đơn vị vào cuộc tích cực.", office);
		write(base, m.campaignId(), id, SectionKey.DIRECTION, "Tiếp tục tuyên truyền tại trường học.", office);
		write(base, m.campaignId(), id, SectionKey.ORGANISATION, "Lời văn tổ chức do Văn phòng viết.", office);

		// a new report of the unit is sent and accepted through the report module's door: 10 more, the target reached
		monitoring.report(m, police, 8).submittedOn(15, 9).accepted();
		clock.setInstant(at(10, 10, 13, 0));
		mvc.perform(post(base + "/refresh").param("version", version(office, m.campaignId(), id)).with(as(office))
			.with(csrf())).andExpect(status().is3xxRedirection());

		SummaryView refreshed = summaries.get(office, m.campaignId(), id);
		// the un-edited data section takes the new report: its table and its text
		assertThat(sessions(refreshed)).isEqualTo("20");
		assertThat(refreshed.section(SectionKey.RESULTS).edited()).isFalse();
		assertThat(refreshed.section(SectionKey.RESULTS).body())
			.contains("1 chỉ tiêu, 1 chỉ tiêu đạt và vượt, 0 chỉ tiêu chưa đạt.");
		// the office's texts are kept; the edited data section is not flagged, its own data did not change
		assertThat(refreshed.section(SectionKey.STRENGTHS).body()).isEqualTo("Các đơn vị vào cuộc tích cực.");
		assertThat(refreshed.section(SectionKey.DIRECTION).body()).isEqualTo("Tiếp tục tuyên truyền tại trường học.");
		assertThat(refreshed.section(SectionKey.ORGANISATION).body()).isEqualTo("Lời văn tổ chức do Văn phòng viết.");
		assertThat(refreshed.section(SectionKey.ORGANISATION).edited()).isTrue();
		assertThat(refreshed.section(SectionKey.ORGANISATION).dataChanged()).isFalse();
		Document page = page(base, office);
		assertThat(page.select("[data-testid=section-RESULTS]").text()).contains(SESSIONS);
		assertThat(page.select("[data-testid=section-ORGANISATION]").text())
			.contains("Lời văn tổ chức do Văn phòng viết.");
		assertThat(page.select("[data-testid=changed-sections]")).isEmpty();

		mvc.perform(post(base + "/finalise").param("version", version(office, m.campaignId(), id)).with(as(office))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(summaries.get(office, m.campaignId(), id).status()).isEqualTo(SummaryStatus.FINAL);
		// a final report: the section form and a post of a text are 403 (the page has no edit action), a refresh
		// is refused (back to the report with the lock's message); nothing is written
		mvc.perform(get(base + "/sections/LESSONS").with(as(office))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/sections/LESSONS").param("text", "Bài học.")
			.param("version", version(office, m.campaignId(), id)).with(as(office)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/refresh").param("version", version(office, m.campaignId(), id)).with(as(office))
			.with(csrf())).andExpect(status().is3xxRedirection());
		SummaryView locked = summaries.get(office, m.campaignId(), id);
		assertThat(locked.section(SectionKey.LESSONS).body()).isNullOrEmpty();
		assertThat(locked.section(SectionKey.ORGANISATION).body()).isEqualTo("Lời văn tổ chức do Văn phòng viết.");
		assertThat(sessions(locked)).isEqualTo("20");
		assertThatThrownBy(() -> summaries.write(office, m.campaignId(), id,
				summaries.get(office, m.campaignId(), id).version(), SectionKey.LESSONS, "x"))
			.isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "summary.final.locked");
	}

	/** The police with an approved target on the suggested indicator "Số buổi tuyên truyền" (so the results add it up). */
	private Team policeWithSessions(Movement m, int target) {
		monitoring.registrationDeadline(m, LocalDate.of(2024, 7, 15));
		Long sessions = clock.at(at(1, 7, 8, 0), () -> targetSetup.addSuggestion(m.office(), m.campaignId(),
				new SuggestedIndicatorCommand(m.area(1), SESSIONS, "buổi", TargetDirection.AT_LEAST, null)));
		Team police = monitoring.team(m.police());
		clock.run(at(2, 7, 8, 0), () -> registrations.addTarget(police.officer(), m.campaignId(), police.unitId(),
				new TargetCommand(m.area(1), TargetKind.QUANTITATIVE, sessions, null, null, null, null,
						BigDecimal.valueOf(target), null, null, null)));
		clock.run(at(10, 7, 9, 0), () -> registrations.submit(police.head(), m.campaignId(), police.unitId(),
				registrations.registration(m.office(), m.campaignId(), police.unitId()).version()));
		clock.run(at(12, 7, 9, 0), () -> registrations.approve(m.office(), m.campaignId(), police.unitId(),
				registrations.registration(m.office(), m.campaignId(), police.unitId()).version()));
		return police;
	}

	/** What the accepted reports add up to for the sessions (the results table's fifth column). */
	private static String sessions(SummaryView report) {
		return report.section(SectionKey.RESULTS).table().rows().stream().filter(r -> r.get(1).equals(SESSIONS))
			.findFirst().orElseThrow().get(4);
	}

	private void write(String base, Long campaign, Long id, SectionKey key, String text, CurrentUser user)
			throws Exception {
		mvc.perform(post(base + "/sections/" + key).param("text", text).param("version", version(user, campaign, id))
			.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private String version(CurrentUser user, Long campaign, Long id) {
		return Long.toString(summaries.get(user, campaign, id).version());
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
