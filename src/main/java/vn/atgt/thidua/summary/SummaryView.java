package vn.atgt.thidua.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A report with its sections, as the page and the DOCX read it; once final, the ids of its DOCX and XLSX as kept among
 * the campaign's documents (document module).
 */
public record SummaryView(Long id, Long campaignId, SummaryKind kind, LocalDate from, LocalDate to,
		SummaryStatus status, Instant refreshedAt, Instant finalisedAt, String finalisedByName, long version,
		List<SectionView> sections, Set<Long> highlights, Long docxKeptId, Long xlsxKeptId) {

	public SectionView section(SectionKey key) {
		return sections.stream().filter(s -> s.key() == key).findFirst().orElseThrow();
	}

	public boolean isFinal() {
		return status == SummaryStatus.FINAL;
	}

	/** The sections the data changed under the office's text at the last refresh. */
	public List<SectionView> changedUnderEdits() {
		return sections.stream().filter(SectionView::dataChanged).toList();
	}
}
