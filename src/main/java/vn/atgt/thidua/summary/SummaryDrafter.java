package vn.atgt.thidua.summary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * Drafts every data section of a report from the other modules' doors: organisation, results and highlights,
 * accidents, exemplary models, ranking, commendations. The office's sections are not drafted.
 */
@Component
class SummaryDrafter {

	private static final Logger log = LoggerFactory.getLogger(SummaryDrafter.class);

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
		timed(data, SectionKey.ORGANISATION, () -> organisation.draft(scope));
		timed(data, SectionKey.RESULTS, () -> results.results(scope));
		timed(data, SectionKey.HIGHLIGHTS, () -> results.highlights(scope, highlights));
		timed(data, SectionKey.ACCIDENTS, () -> accidents.draft(user, scope));
		timed(data, SectionKey.EXEMPLARS, () -> exemplars.draft(user, scope));
		timed(data, SectionKey.RANKING, () -> ranking.draft(user, scope));
		timed(data, SectionKey.COMMENDATIONS, () -> commendations.draft(user, scope));
		return data;
	}

	/** Drafts one section; at DEBUG, logs how long it took (what bench/summary.sh reads at scale). */
	private static void timed(Map<SectionKey, SectionContent> data, SectionKey key, Supplier<SectionContent> builder) {
		long start = System.nanoTime();
		data.put(key, builder.get());
		if (log.isDebugEnabled()) {
			log.debug("summary section {} drafted in {} ms", key, (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** The highlights section alone, for a new choice. */
	SectionContent highlights(SummaryScope scope, Collection<Long> chosen) {
		return results.highlights(scope, chosen);
	}
}
