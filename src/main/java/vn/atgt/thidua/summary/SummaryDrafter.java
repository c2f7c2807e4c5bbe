package vn.atgt.thidua.summary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * Drafts every data section of a report from the other modules' doors: organisation, results and highlights,
 * accidents, exemplary models, ranking, commendations. The office's sections are not drafted.
 */
@Component
class SummaryDrafter {

	private final OrganisationSection organisation;
	private final ResultsSection results;
	private final AccidentSection accidents;
	private final ExemplarSection exemplars;
	private final RankingSection ranking;
	private final CommendationSection commendations;

	SummaryDrafter(OrganisationSection organisation, ResultsSection results, AccidentSection accidents,
			ExemplarSection exemplars, RankingSection ranking, CommendationSection commendations) {
		this.organisation = organisation;
		this.results = results;
		this.accidents = accidents;
		this.exemplars = exemplars;
		this.ranking = ranking;
		this.commendations = commendations;
	}

	Map<SectionKey, SectionContent> draft(CurrentUser user, SummaryScope scope, Collection<Long> highlights) {
		Map<SectionKey, SectionContent> data = new EnumMap<>(SectionKey.class);
		data.put(SectionKey.ORGANISATION, organisation.draft(scope));
		data.put(SectionKey.RESULTS, results.results(scope));
		data.put(SectionKey.HIGHLIGHTS, results.highlights(scope, highlights));
		data.put(SectionKey.ACCIDENTS, accidents.draft(user, scope));
		data.put(SectionKey.EXEMPLARS, exemplars.draft(user, scope));
		data.put(SectionKey.RANKING, ranking.draft(user, scope));
		data.put(SectionKey.COMMENDATIONS, commendations.draft(user, scope));
		return data;
	}

	/** The highlights section alone, for a new choice. */
	SectionContent highlights(SummaryScope scope, Collection<Long> chosen) {
		return results.highlights(scope, chosen);
	}
}
