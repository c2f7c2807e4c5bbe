package vn.atgt.thidua.summary;

import java.util.Optional;

/**
 * The extension point for the sections that modules built after this one own: exemplary models and their replication
 * ({@link SectionKey#EXEMPLARS}), the ranking and grades ({@link SectionKey#RANKING}), the commendation proposals and
 * decisions ({@link SectionKey#COMMENDATIONS}). Such a module declares a bean implementing this interface; the report
 * then prints what it contributes, and "chưa có dữ liệu" only when no bean contributes anything — never invented
 * figures. This module depends on none of them.
 */
public interface SummarySectionSource {

	/** The section this source fills. */
	SectionKey section();

	/** What it writes for the campaign and dates, or empty when it has nothing for them. */
	Optional<SectionContent> contribute(SummaryScope scope);
}
