package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.report.ReportContent.EntryInput;
import vn.atgt.thidua.report.ReportContent.NarrativeInput;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.report.internal.ProgressReport;
import vn.atgt.thidua.registration.TargetDirection;
import vn.atgt.thidua.registration.TargetKind;
import vn.atgt.thidua.registration.TargetView;

/** The rules of a report, of its workflow and of the completion words, without a database. */
class ReportRulesTests {

	static final LocalDate DUE = LocalDate.of(2024, 8, 20);
	static final TargetView CHECKS = target(1L, "lượt", TargetDirection.AT_LEAST, "4000");
	static final TargetView ACCIDENTS = target(2L, "vụ", TargetDirection.AT_MOST, "12");
	static final TargetView PLEDGES = target(3L, "%", TargetDirection.AT_LEAST, "100");
	static final TargetView MILESTONE = new TargetView(4L, 1L, 1L, 1L, 2L, 1, TargetKind.MILESTONE, "Ra mắt mô hình",
			null, null, null, null, null, LocalDate.of(2024, 9, 30), null, null, null, 0);

	static TargetView target(Long id, String unit, TargetDirection direction, String value) {
		return new TargetView(id, 1L, 1L, 1L, 5L, id.intValue(), TargetKind.QUANTITATIVE, "Chỉ tiêu " + id, unit, null,
				new BigDecimal(value), direction, null, null, null, null, null, 0);
	}

	static Actor actor(String username, LocalDateTime vietnamTime) {
		return new Actor(username, username, vietnamTime.atZone(Formats.ZONE).toInstant());
	}

	static ProgressReport draft() {
		return new ProgressReport(1L, 7L, 1L, actor("canbo", LocalDateTime.of(2024, 8, 15, 8, 0)));
	}

	static Map<Long, Boolean> required() {
		Map<Long, Boolean> required = new LinkedHashMap<>();
		required.put(CHECKS.id(), false);
		required.put(MILESTONE.id(), true);
		return required;
	}

	static void fill(ProgressReport report) {
		report.write(new ReportContent(Map.of(CHECKS.id(), new EntryInput(new BigDecimal("420"), null, null),
				MILESTONE.id(), new EntryInput(null, false, null)), Map.of(), null, null),
				actor("canbo", LocalDateTime.of(2024, 8, 16, 8, 0)));
	}

	@Test
	void theWordsOfCompletionRespectTheDirectionOfTheTarget() {
		assertThat(Completion.of(TargetDirection.AT_LEAST, new BigDecimal("3999"), new BigDecimal("4000")))
			.isEqualTo(Outcome.NOT_REACHED);
		assertThat(Completion.of(TargetDirection.AT_LEAST, new BigDecimal("4000"), new BigDecimal("4000")))
			.isEqualTo(Outcome.REACHED);
		assertThat(Completion.of(TargetDirection.AT_LEAST, new BigDecimal("4200"), new BigDecimal("4000")))
			.isEqualTo(Outcome.EXCEEDED);
		assertThat(Completion.of(TargetDirection.AT_MOST, new BigDecimal("12"), new BigDecimal("12")))
			.isEqualTo(Outcome.WITHIN_LIMIT);
		assertThat(Completion.of(TargetDirection.AT_MOST, new BigDecimal("13"), new BigDecimal("12")))
			.isEqualTo(Outcome.OVER_LIMIT);
		assertThat(Completion.of(TargetDirection.AT_MOST, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(Outcome.WITHIN_LIMIT);
		assertThat(Completion.of(TargetDirection.EXACTLY, new BigDecimal("5"), new BigDecimal("6")))
			.isEqualTo(Outcome.NOT_REACHED);
		assertThat(Completion.of(TargetDirection.AT_LEAST, null, BigDecimal.TEN)).isNull();
		assertThat(Outcome.OVER_LIMIT.isSuccess()).isFalse();
		assertThat(Outcome.WITHIN_LIMIT.isSuccess()).isTrue();
		assertThat(Completion.ofMilestone(true)).isEqualTo(Outcome.DONE);
		assertThat(Completion.ofMilestone(null)).isNull();
		assertThat(Completion.percent(new BigDecimal("420"), new BigDecimal("4000"))).isEqualByComparingTo("10.5");
		assertThat(Completion.percent(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.3");
		assertThat(Completion.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
	}

	@Test
	void theCumulativeValueAddsThisPeriodToEarlierOnesButARateIsNeverSummed() {
		EntryView checks = new EntryView(1L, CHECKS, new BigDecimal("420"), null, null, null, new BigDecimal("900"),
				new BigDecimal("500"), false);
		assertThat(checks.cumulative()).isEqualByComparingTo("1320");
		assertThat(checks.completionPercent()).isEqualByComparingTo("33.0");
		assertThat(new EntryView(1L, CHECKS, null, null, null, null, null, null, false).cumulative()).isNull();
		assertThat(new EntryView(1L, CHECKS, null, null, null, null, new BigDecimal("900"), null, false).cumulative())
			.isEqualByComparingTo("900");
		EntryView pledges = new EntryView(3L, PLEDGES, null, null, null, null, new BigDecimal("170"),
				new BigDecimal("97"), false);
		assertThat(pledges.cumulative()).isEqualByComparingTo("97");
		assertThat(new EntryView(3L, PLEDGES, new BigDecimal("98"), null, null, null, new BigDecimal("170"),
				new BigDecimal("97"), false).cumulative()).isEqualByComparingTo("98");
		EntryView accidents = new EntryView(2L, ACCIDENTS, new BigDecimal("2"), null, null, null, new BigDecimal("11"),
				null, false);
		assertThat(accidents.outcome()).isEqualTo(Outcome.OVER_LIMIT);
		assertThat(new EntryView(4L, MILESTONE, null, null, null, null, null, null, true).outcome()).isEqualTo(Outcome.DONE);
		assertThat(new EntryView(4L, MILESTONE, null, false, null, null, null, null, false).outcome())
			.isEqualTo(Outcome.NOT_DONE);
		assertThat(new EntryView(4L, MILESTONE, null, null, null, null, null, null, false).outcome()).isNull();
	}

	@Test
	void valuesAndTextsAreCheckedAllAtOnceForTheirFields() {
		Map<Long, TargetView> targets = Map.of(CHECKS.id(), CHECKS, PLEDGES.id(), PLEDGES, ACCIDENTS.id(), ACCIDENTS);
		List<String> problems = ReportRules.check(new ReportContent(Map.of(
				CHECKS.id(), new EntryInput(new BigDecimal("-1"), null, "x".repeat(2001)),
				PLEDGES.id(), new EntryInput(new BigDecimal("100.5"), null, null),
				ACCIDENTS.id(), new EntryInput(new BigDecimal("1.23456"), null, null)),
				Map.of(9L, new NarrativeInput("a".repeat(20_001), null, null, null)), null, "b".repeat(20_001)),
				targets).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
		assertThat(problems).containsExactlyInAnyOrder("values[1]:report.value.negative", "comments[1]:report.tooLong",
				"values[3]:report.value.percent", "values[2]:report.value.decimals", "activities[9]:report.tooLong",
				"proposals:report.tooLong");
		assertThat(ReportRules.check(new ReportContent(Map.of(CHECKS.id(),
				new EntryInput(new BigDecimal("100000000000000"), null, null)), Map.of(), null, null), targets))
			.extracting(FieldException::messageKey).containsExactly("report.value.tooLarge");
	}

	@Test
	void aSubmissionNeedsEveryTargetAnsweredAndIsLateByCalendarDaysInVietNam() {
		ProgressReport report = draft();
		assertThatThrownBy(() -> report.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 19, 9, 0))))
			.isInstanceOfSatisfying(IncompleteReportException.class,
					e -> assertThat(e.missingTargetIds()).containsExactly(CHECKS.id(), MILESTONE.id()));
		fill(report);
		report.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 20, 23, 59)));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getLateDays()).isZero();

		ProgressReport late = draft();
		fill(late);
		late.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 21, 0, 1)));
		assertThat(late.getLateDays()).isEqualTo(1);

		ProgressReport empty = draft();
		assertThatThrownBy(() -> empty.submit(Map.of(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 19, 9, 0))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("report.submit.empty");
		empty.write(new ReportContent(Map.of(), Map.of(6L, new NarrativeInput("Trực cấp cứu 24/24 giờ", null, null,
				null)), null, null), actor("canbo", LocalDateTime.of(2024, 8, 19, 8, 0)));
		empty.submit(Map.of(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 19, 9, 0)));
		assertThat(empty.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void theOfficeAcceptsOrReturnsOnlyASubmittedReportAndAReasonIsRequired() {
		ProgressReport report = draft();
		Actor office = actor("thuongtruc", LocalDateTime.of(2024, 8, 21, 8, 0));
		assertThatThrownBy(() -> report.accept(office)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("report.decide.notSubmitted");
		fill(report);
		report.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 19, 9, 0)));
		assertThatThrownBy(() -> report.returnForChanges(" ", Map.of(), office)).isInstanceOf(FieldException.class)
			.extracting(e -> ((FieldException) e).field()).isEqualTo("reason");
		assertThatThrownBy(() -> report.returnForChanges("Thiếu", Map.of(99L, "Không thuộc báo cáo"), office))
			.isInstanceOf(vn.atgt.thidua.common.NotFoundException.class);
		assertThatThrownBy(() -> report.reopen("Sai", office)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("report.reopen.notAccepted");
		report.returnForChanges("Thiếu minh chứng", Map.of(CHECKS.id(), "Thiếu ảnh ngày 12/7"), office);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.entry(CHECKS.id()).orElseThrow().getReviewComment()).isEqualTo("Thiếu ảnh ngày 12/7");

		report.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 8, 23, 9, 0)));
		assertThat(report.getLateDays()).isEqualTo(3);
		report.accept(office);
		assertThat(report.entry(CHECKS.id()).orElseThrow().getReviewComment()).isNull();
		assertThatThrownBy(() -> fill(report)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("report.notEditable.ACCEPTED");

		report.reopen("Điều chỉnh số liệu", actor("thuongtruc", LocalDateTime.of(2024, 10, 2, 8, 0)));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
		fill(report);
		report.submit(required(), DUE, actor("chutich", LocalDateTime.of(2024, 10, 4, 9, 0)));
		assertThat(report.getLateDays()).as("the office asked for the correction").isEqualTo(3);
	}

	@Test
	void aTextLeftOutKeepsWhatItHadAndABlankOneClearsIt() {
		ProgressReport report = draft();
		Actor officer = actor("canbo", LocalDateTime.of(2024, 8, 16, 8, 0));
		report.write(new ReportContent(Map.of(CHECKS.id(), new EntryInput(new BigDecimal("420"), null, " Km 12 ")),
				Map.of(), "  Thiếu máy đo ", null), officer);
		report.write(new ReportContent(Map.of(CHECKS.id(), new EntryInput(new BigDecimal("430"), null, null)), Map.of(),
				null, null), officer);
		assertThat(report.entry(CHECKS.id()).orElseThrow().getComment()).isEqualTo("Km 12");
		assertThat(report.valueOf(CHECKS.id())).isEqualByComparingTo("430");
		report.write(new ReportContent(Map.of(CHECKS.id(), new EntryInput(null, null, " ")), Map.of(), "", null), officer);
		assertThat(report.entry(CHECKS.id()).orElseThrow().getComment()).isNull();
		assertThat(report.valueOf(CHECKS.id())).isNull();
	}
}
