package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * Drafts every data section of a report from the other modules' doors, and the contributed ones from the
 * {@link SummarySectionSource} beans ("Chưa có dữ liệu." when none contributes). The office's sections are not
 * drafted.
 */
@Component
class SummaryDrafter {

	static final String NO_DATA = "Chưa có dữ liệu.";

	private final OrganisationSection organisation;
	private final ResultsSection results;
	private final AccidentSection accidents;
	private final List<SummarySectionSource> sources;

	SummaryDrafter(OrganisationSection organisation, ResultsSection results, AccidentSection accidents,
			List<SummarySectionSource> sources) {
		this.organisation = organisation;
		this.results = results;
		this.accidents = accidents;
		this.sources = List.copyOf(sources);
	}

	Map<SectionKey, SectionContent> draft(CurrentUser user, SummaryScope scope, Collection<Long> highlights) {
		Map<SectionKey, SectionContent> data = new EnumMap<>(SectionKey.class);
		data.put(SectionKey.ORGANISATION, organisation.draft(scope));
		data.put(SectionKey.RESULTS, results.results(scope));
		data.put(SectionKey.HIGHLIGHTS, results.highlights(scope, highlights));
		data.put(SectionKey.ACCIDENTS, accidents.draft(user, scope));
		for (SectionKey key : SectionKey.values()) {
			if (key.source() == SectionKey.Source.CONTRIBUTED) {
				data.put(key, contributed(key, scope));
			}
		}
		return data;
	}

	/** The highlights section alone, for a new choice. */
	SectionContent highlights(SummaryScope scope, Collection<Long> chosen) {
		return results.highlights(scope, chosen);
	}

	/** What the sources contribute to a section, or "Chưa có dữ liệu." when none does. */
	SectionContent contributed(SectionKey key, SummaryScope scope) {
		List<String> texts = new ArrayList<>();
		SectionTable table = null;
		for (SummarySectionSource source : sources) {
			if (source.section() != key) {
				continue;
			}
			Optional<SectionContent> content = source.contribute(scope);
			if (content.isPresent()) {
				if (!content.get().text().isEmpty()) {
					texts.add(content.get().text());
				}
				table = table == null ? content.get().table() : table;
			}
		}
		return texts.isEmpty() && table == null ? SectionContent.text(NO_DATA)
				: new SectionContent(String.join("\n", texts), table);
	}
}
