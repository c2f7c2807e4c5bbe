package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.MILESTONE;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;
import static vn.atgt.thidua.report.ReportFixture.at;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.PeriodCommand;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.monitoring.NotificationService;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.ReportBuilder;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The workflow of a report through its service: opened with an entry per approved target, saved incomplete as a draft,
 * refused at submission until complete, late by calendar days in Viet Nam, returned with comments on entries, sent
 * again, accepted and locked, reopened; the cumulative values count only accepted reports of earlier periods of the
 * same cadence; the read API for monitoring and the year-end report; notifications to the unit and the office.
 */
@ThiDuaIntegrationTest
class ReportWorkflowTests {

	@Autowired
	ReportFixture fixture;

	@Autowired
	ReportService reports;

	@Autowired
	ReportProgress progress;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aReportOpensAsADraftWithAnEntryPerApprovedTargetAndOpeningAgainFindsIt() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7);

		ReportView view = july.view();
		assertThat(view.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(view.period().name()).isEqualTo(m.month(7).name());
		assertThat(view.entries()).extracting(e -> e.target().indicatorName())
			.containsExactly(MILESTONE, PLEDGES, CHECKS, ALCOHOL, ACCIDENTS);
		assertThat(view.entries()).allSatisfy(e -> assertThat(e.entryId()).isNotNull());
		assertThat(view.history()).singleElement().satisfies(h -> assertThat(h.action()).isEqualTo(ReportAction.STARTED));
		assertThat(reports.open(police.head(), m.campaignId(), m.month(7).id())).isEqualTo(july.id());
		assertThat(reports.reportStatuses(m.campaignId())).singleElement()
			.satisfies(s -> assertThat(s.status()).isEqualTo(ReportStatus.DRAFT));
	}

	@Test
	void aDraftSavesIncompleteButSubmissionNamesWhatIsMissingAndWritesNothing() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).with(Map.of(CHECKS, "420"), null);
		long version = july.view().version();

		assertThatThrownBy(() -> clock.run(at(19, 8, 10, 0), () -> reports.submit(police.head(), july.id(), version,
				new ReportContent(Map.of(police.target(ALCOHOL), new EntryInput(new BigDecimal("37"), null, null)),
						Map.of(), "Thiếu phương tiện đo nồng độ cồn", null),
				List.of())))
			.isInstanceOfSatisfying(IncompleteReportException.class, e -> assertThat(e.missingTargetIds())
				.containsExactlyInAnyOrder(police.target(ACCIDENTS), police.target(PLEDGES), police.target(MILESTONE)));

		ReportView after = july.view();
		assertThat(after.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(after.version()).isEqualTo(version);
		assertThat(after.difficulties()).isNull();
		assertThat(after.entries()).filteredOn(e -> e.targetId().equals(police.target(ALCOHOL)))
			.singleElement().satisfies(e -> assertThat(e.periodValue()).isNull());
		assertThat(after.missing()).hasSize(4);
	}

	@Test
	void submissionIsLateByCalendarDaysInVietNamAndTheHeadAlone() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).filled();

		assertThatThrownBy(() -> reports.submit(police.officer(), july.id(), july.view().version(), null, List.of()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		// 20/8 23:30 in Hà Nội is still the due date
		clock.run(java.time.LocalDateTime.of(2024, 8, 20, 23, 30).atZone(vn.atgt.thidua.common.format.Formats.ZONE)
			.toInstant(), () -> reports.submit(police.head(), july.id(), july.view().version(), null, List.of()));
		assertThat(july.view().lateDays()).isZero();

		ReportBuilder august = fixture.report(m, police, 8).filled();
		// 20/9 17:30 UTC is 21/9 00:30 in Hà Nội: one day late
		clock.run(java.time.Instant.parse("2024-09-20T17:30:00Z"),
				() -> reports.submit(police.head(), august.id(), august.view().version(), null, List.of()));
		assertThat(august.view().lateDays()).isEqualTo(1);
		assertThat(august.view().history()).last().satisfies(h -> {
			assertThat(h.action()).isEqualTo(ReportAction.SUBMITTED);
			assertThat(h.lateDays()).isEqualTo(1);
		});
		assertThat(reports.reportStatuses(m.campaignId())).extracting(ReportStatusRow::lateDays).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void aReturnedReportShowsTheCommentsBesideEntriesIsFixedAndSentAgainLateThenAcceptedAndLocked() {
		Movement m = fixture.movement();
		Team banBo = fixture.team(m, m.banBo());
		ReportBuilder july = fixture.report(m, banBo, 7).filled().submittedOn(19, 8);
		july.returned("Thiếu minh chứng", Map.of(banBo.target(CHECKS), "Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/7"));

		ReportView returned = july.view();
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(returned.officeNote()).isEqualTo("Thiếu minh chứng");
		assertThat(returned.hasComments()).isTrue();
		assertThat(returned.entries()).filteredOn(e -> e.targetId().equals(banBo.target(CHECKS))).singleElement()
			.satisfies(e -> assertThat(e.reviewComment()).isEqualTo("Thiếu ảnh minh chứng buổi tuyên truyền ngày 12/7"));

		clock.run(at(23, 8, 8, 0), () -> reports.save(banBo.officer(), july.id(), returned.version(), null,
				List.of(new EvidenceUpload(banBo.target(CHECKS), "tuyen-truyen-12-7.png", ReportFixture.png(40, 30), null))));
		clock.run(at(23, 8, 9, 0), () -> reports.submit(banBo.head(), july.id(), july.view().version(), null, List.of()));
		ReportView again = july.view();
		assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(again.lateDays()).isEqualTo(3);
		assertThat(again.firstSubmittedAt()).isEqualTo(at(19, 8, 10, 0));
		assertThat(again.lastSubmittedAt()).isEqualTo(at(23, 8, 9, 0));
		assertThat(again.officeNote()).isNull();
		assertThat(again.evidenceOf(banBo.target(CHECKS))).singleElement()
			.satisfies(v -> assertThat(v.hasThumbnail()).isTrue());

		july.accepted();
		ReportView accepted = july.view();
		assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(accepted.hasComments()).isFalse();
		assertThatThrownBy(() -> reports.save(banBo.officer(), july.id(), accepted.version(), null, List.of()))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("report.notEditable.ACCEPTED");
		assertThat(accepted.history()).extracting(ReportTransitionRow::action).containsExactly(ReportAction.STARTED,
				ReportAction.SUBMITTED, ReportAction.RETURNED, ReportAction.SUBMITTED, ReportAction.ACCEPTED);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE entity_type = 'ProgressReport' "
				+ "AND entity_id = ?", Long.class, july.id().toString())).isGreaterThan(3);
	}

	@Test
	void aReopenedReportIsEditedAndSentAgainKeepingTheLatenessOfTheAcceptedSubmission() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).filled().submittedOn(19, 8).accepted();
		clock.run(at(2, 10, 9, 0), () -> reports.reopen(m.office(), july.id(), july.view().version(),
				"Điều chỉnh số vụ TNGT theo số liệu của Đội CSGT"));
		ReportView reopened = july.view();
		assertThat(reopened.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(reopened.reopened()).isTrue();
		assertThat(reopened.officeNote()).startsWith("Điều chỉnh số vụ TNGT");

		july.with(Map.of(CHECKS, "420", ALCOHOL, "37", ACCIDENTS, "2", PLEDGES, "95"), false);
		clock.run(at(4, 10, 9, 0), () -> reports.submit(police.head(), july.id(), july.view().version(), null, List.of()));
		assertThat(july.view().lateDays()).isZero();
		assertThat(july.view().history()).extracting(ReportTransitionRow::action).contains(ReportAction.REOPENED);
	}

	@Test
	void theCumulativeValueAddsOnlyAcceptedReportsOfEarlierPeriodsOfTheSameCadence() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		fixture.report(m, police, 7).filled().submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "500", ALCOHOL, "40", ACCIDENTS, "2", PLEDGES, "97"), true)
			.submittedOn(18, 9).accepted();
		// September: submitted, not accepted: it does not count for October
		fixture.report(m, police, 9).with(Map.of(CHECKS, "1000", ALCOHOL, "1", ACCIDENTS, "9", PLEDGES, "50"), false)
			.submittedOn(19, 10);
		// a quarter covering the same months is another cadence: never added in
		fixture.periods.add(TestUsers.STANDING_OFFICE, m.campaignId(), new PeriodCommand(Cadence.QUARTERLY, "Quý III/2024",
				java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2024, 9, 30), java.time.LocalDate.of(2024, 10, 20),
				false));
		ReportBuilder october = fixture.report(m, police, 10).with(Map.of(CHECKS, "300"), null);

		Map<String, EntryView> entries = byName(october.view());
		assertThat(entries.get(CHECKS).earlierValue()).isEqualByComparingTo("920");
		assertThat(entries.get(CHECKS).cumulative()).isEqualByComparingTo("1220");
		assertThat(entries.get(CHECKS).completionPercent()).isEqualByComparingTo("30.5");
		assertThat(entries.get(CHECKS).outcome()).isEqualTo(Outcome.NOT_REACHED);
		assertThat(entries.get(ACCIDENTS).cumulative()).isEqualByComparingTo("3");
		assertThat(entries.get(ACCIDENTS).outcome()).isEqualTo(Outcome.WITHIN_LIMIT);
		// a rate is not summed: the latest accepted one stands until this period has its own
		assertThat(entries.get(PLEDGES).cumulative()).isEqualByComparingTo("97");
		assertThat(entries.get(MILESTONE).outcome()).isEqualTo(Outcome.DONE);
	}

	@Test
	void progressAddsUpTheAcceptedReportsPerUnitAndTargetAndRespectsTheDirection() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		fixture.report(m, police, 7).with(Map.of(CHECKS, "4100", ALCOHOL, "37", ACCIDENTS, "8", PLEDGES, "95"), false)
			.submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "100", ALCOHOL, "40", ACCIDENTS, "6", PLEDGES, "97"), true)
			.submittedOn(18, 9).accepted();
		fixture.report(m, banBo, 7).filled().submittedOn(19, 8);

		assertThat(progress.mainCadence(m.campaignId())).contains(Cadence.MONTHLY);
		Map<String, TargetProgressRow> rows = new java.util.HashMap<>();
		progress.progress(m.campaignId(), m.police().id()).forEach(r -> rows.put(r.indicatorName(), r));
		assertThat(rows.get(CHECKS).cumulativeValue()).isEqualByComparingTo("4200");
		assertThat(rows.get(CHECKS).outcome()).isEqualTo(Outcome.EXCEEDED);
		assertThat(rows.get(CHECKS).completionPercent()).isEqualByComparingTo("105.0");
		assertThat(rows.get(CHECKS).acceptedReports()).isEqualTo(2);
		assertThat(rows.get(CHECKS).asOf()).isEqualTo(java.time.LocalDate.of(2024, 8, 31));
		assertThat(rows.get(ACCIDENTS).cumulativeValue()).isEqualByComparingTo("14");
		assertThat(rows.get(ACCIDENTS).outcome()).isEqualTo(Outcome.OVER_LIMIT);
		assertThat(rows.get(PLEDGES).cumulativeValue()).isEqualByComparingTo("97");
		assertThat(rows.get(MILESTONE).milestoneDone()).isTrue();
		assertThat(rows.get(MILESTONE).outcome()).isEqualTo(Outcome.DONE);

		List<TargetProgressRow> all = progress.progress(m.campaignId());
		assertThat(all).filteredOn(r -> r.unitId().equals(m.banBo().id())).hasSize(5)
			.allSatisfy(r -> assertThat(r.acceptedReports()).isZero());
		assertThat(all).filteredOn(r -> r.unitId().equals(m.banBo().id()) && r.indicatorName().equals(CHECKS))
			.singleElement().satisfies(r -> assertThat(r.cumulativeValue()).isEqualByComparingTo("0"));
	}

	@Test
	void progressOverARangeOfPeriodsCountsOnlyTheAcceptedReportsOfThosePeriods() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		fixture.report(m, police, 7).with(Map.of(CHECKS, "4100", ALCOHOL, "37", ACCIDENTS, "8", PLEDGES, "95"), false)
			.submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "100", ALCOHOL, "40", ACCIDENTS, "6", PLEDGES, "97"), true)
			.submittedOn(18, 9).accepted();

		Map<String, TargetProgressRow> august = new java.util.HashMap<>();
		progress.progress(m.campaignId(), java.time.LocalDate.of(2024, 8, 1), java.time.LocalDate.of(2024, 8, 31))
			.stream().filter(r -> r.unitId().equals(m.police().id())).forEach(r -> august.put(r.indicatorName(), r));
		assertThat(august.get(CHECKS).cumulativeValue()).isEqualByComparingTo("100");
		assertThat(august.get(CHECKS).acceptedReports()).isEqualTo(1);
		assertThat(august.get(PLEDGES).cumulativeValue()).isEqualByComparingTo("97");
		Map<String, TargetProgressRow> july = new java.util.HashMap<>();
		progress.progress(m.campaignId(), java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2024, 7, 31))
			.stream().filter(r -> r.unitId().equals(m.police().id())).forEach(r -> july.put(r.indicatorName(), r));
		assertThat(july.get(CHECKS).cumulativeValue()).isEqualByComparingTo("4100");
		// a rate is the latest value within the range, not after it
		assertThat(july.get(PLEDGES).cumulativeValue()).isEqualByComparingTo("95");
		assertThat(progress.progress(m.campaignId(), java.time.LocalDate.of(2024, 7, 1),
				java.time.LocalDate.of(2024, 8, 31))).filteredOn(r -> r.unitId().equals(m.police().id())
						&& r.indicatorName().equals(CHECKS))
			.singleElement().satisfies(r -> assertThat(r.cumulativeValue()).isEqualByComparingTo("4200"));
	}

	@Test
	void theOfficeIsNotifiedOfASubmissionAndTheUnitOfAReturnAndAnAcceptanceWithALinkToTheReport() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		vn.atgt.thidua.common.security.CurrentUser clerk = m.office();
		ReportBuilder july = fixture.report(m, police, 7).filled().submittedOn(22, 8);

		assertThat(notifications.page(clerk.id(), org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
			.anySatisfy(n -> {
				assertThat(n.link()).isEqualTo("/reports/" + july.id());
				assertThat(n.args()).contains(m.police().name(), m.month(7).name(), "2");
				assertThat(n.messageKey()).isEqualTo("notification.report.submittedLate");
			});
		july.returned("Bổ sung minh chứng", Map.of());
		assertThat(notifications.page(police.officer().id(), org.springframework.data.domain.PageRequest.of(0, 5))
			.getContent()).anySatisfy(n -> {
				assertThat(n.link()).isEqualTo("/reports/" + july.id());
				assertThat(n.messageKey()).isEqualTo("notification.report.returned");
				assertThat(n.args()).contains("Bổ sung minh chứng");
			});
		july.submittedOn(23, 8).accepted();
		clock.run(at(2, 10, 8, 0), () -> reports.reopen(clerk, july.id(), july.view().version(), "Điều chỉnh số liệu"));
		assertThat(notifications.page(police.head().id(), org.springframework.data.domain.PageRequest.of(0, 5))
			.getContent()).extracting(n -> n.messageKey() + " " + n.link()).contains(
					"notification.report.accepted /reports/" + july.id(),
					"notification.report.reopened /reports/" + july.id(),
					"notification.report.returned /reports/" + july.id());
	}

	@Test
	void aUnitOpensNoReportForAPeriodToComeNorAfterTheCampaignClosed() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		clock.setInstant(at(10, 8, 9, 0));
		assertThatThrownBy(() -> fixture.reports.open(police.officer(), m.campaignId(), m.month(9).id()))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("report.period.notStarted");
		clock.reset();
		fixture.campaigns.close(TestUsers.STANDING_OFFICE, m.campaignId());
		assertThatThrownBy(() -> fixture.reports.open(police.officer(), m.campaignId(), m.month(9).id()))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("campaign.closed");
	}

	@Test
	void aTargetApprovedAfterTheReportStartedJoinsItWhileTheUnitMayStillChangeIt() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).with(Map.of(CHECKS, "420"), null);
		ReportBuilder june = fixture.report(m, police, 8).filled().submittedOn(18, 9);
		var targets = fixture.targets;
		Long unit = m.police().id();
		targets.reopen(m.office(), m.campaignId(), unit, targets.registration(m.office(), m.campaignId(), unit).version(),
				"Bổ sung chỉ tiêu tập huấn sơ cứu");
		assertThat(july.view().entries()).hasSize(5);
		targets.addTarget(police.officer(), m.campaignId(), unit, ReportFixture.quantitative(m.area(6),
				"Số người được tập huấn sơ cứu", "người", vn.atgt.thidua.registration.TargetDirection.AT_LEAST, 30));
		targets.submit(police.head(), m.campaignId(), unit, targets.registration(police.head(), m.campaignId(), unit).version());
		targets.approve(m.office(), m.campaignId(), unit, targets.registration(m.office(), m.campaignId(), unit).version());

		EntryView added = byName(july.view()).get("Số người được tập huấn sơ cứu");
		assertThat(added.entryId()).isNull();
		assertThat(added.filled()).isFalse();
		assertThat(july.view().missing()).extracting(EntryView::targetId).contains(added.targetId());
		assertThat(june.view().entries()).as("a submitted report keeps what it answered").hasSize(5);
		reports.save(police.officer(), july.id(), july.view().version(), new ReportContent(Map.of(added.targetId(),
				new EntryInput(new BigDecimal("12"), null, null)), Map.of(), null, null), List.of());
		assertThat(byName(july.view()).get("Số người được tập huấn sơ cứu").entryId()).isNotNull();
	}

	@Test
	void aClosedCampaignsReportsAreReadButNeverChanged() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		ReportBuilder july = fixture.report(m, police, 7).filled();
		ReportBuilder august = fixture.report(m, police, 8).filled().submittedOn(18, 9);
		fixture.campaigns.close(TestUsers.STANDING_OFFICE, m.campaignId());
		assertThat(july.view().status()).isEqualTo(ReportStatus.DRAFT);
		assertThatThrownBy(() -> reports.save(police.officer(), july.id(), july.view().version(), null, List.of()))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("campaign.closed");
		assertThatThrownBy(() -> reports.accept(m.office(), august.id(), august.view().version()))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("campaign.closed");
	}

	private static Map<String, EntryView> byName(ReportView view) {
		Map<String, EntryView> byName = new java.util.HashMap<>();
		view.entries().forEach(e -> byName.put(e.target().indicatorName(), e));
		return byName;
	}
}
