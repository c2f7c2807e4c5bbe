package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The extension point for the sections of later modules: what a source contributes is printed; "Chưa có dữ liệu."
 * only when no source contributes anything (a source with nothing for the period counts as none).
 */
class SummarySectionSourceTests {

	private static final SummaryScope SCOPE = new SummaryScope(null, SummaryKind.YEAR_END, LocalDate.of(2024, 6, 21),
			LocalDate.of(2024, 12, 31));

	private static SummarySectionSource source(SectionKey key, SectionContent content) {
		return new SummarySectionSource() {

			@Override
			public SectionKey section() {
				return key;
			}

			@Override
			public Optional<SectionContent> contribute(SummaryScope scope) {
				return Optional.ofNullable(content);
			}
		};
	}

	@Test
	void aContributedSectionPrintsWhatItsSourcesGiveAndSaysNoDataOnlyWhenNoneGivesAnything() {
		SectionTable grades = new SectionTable(List.of("Đơn vị", "Xếp loại"), List.of(List.of("Công an huyện", "Xuất sắc")));
		SummaryDrafter drafter = new SummaryDrafter(null, null, null, List.of(
				source(SectionKey.RANKING, new SectionContent("27 đơn vị được chấm điểm.", grades)),
				source(SectionKey.EXEMPLARS, null)));

		SectionContent ranking = drafter.contributed(SectionKey.RANKING, SCOPE);
		assertThat(ranking.text()).isEqualTo("27 đơn vị được chấm điểm.");
		assertThat(ranking.table()).isEqualTo(grades);
		assertThat(drafter.contributed(SectionKey.EXEMPLARS, SCOPE).text()).isEqualTo("Chưa có dữ liệu.");
		assertThat(drafter.contributed(SectionKey.COMMENDATIONS, SCOPE).text()).isEqualTo("Chưa có dữ liệu.");
	}
}
