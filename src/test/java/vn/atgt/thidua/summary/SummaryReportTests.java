package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.summary.internal.SummaryReport;

/** The rules of a report: refreshing keeps the office's edits and flags changed data; a final report is locked. */
class SummaryReportTests {

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
}
