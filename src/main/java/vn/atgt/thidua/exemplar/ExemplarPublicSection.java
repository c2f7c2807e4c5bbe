package vn.atgt.thidua.exemplar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.dashboard.PublicSection;
import vn.atgt.thidua.dashboard.PublicSectionSource;
import vn.atgt.thidua.exemplar.internal.ExemplarRepository;
import vn.atgt.thidua.exemplar.internal.PublicExemplarRow;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The public page's section of exemplary models ({@code templates/exemplar/public.html}): the exemplars the standing
 * office recognised and flagged publishable ({@link ExemplarService#recognise}, {@link ExemplarService#setPublishable}),
 * with their title, unit, kind, a short description and their results; nothing proposed, returned or not published,
 * no person's name. Two SQL statements (the exemplars, their units' names); nothing when there is none. The dashboard
 * module serves it only while the campaign's public page is on, without a signed-in user.
 */
@Component
@Order(10)
@Transactional(readOnly = true)
public class ExemplarPublicSection implements PublicSectionSource {

	/** How much of the description the public page shows. */
	static final int SUMMARY_LENGTH = 300;

	private final ExemplarRepository exemplars;
	private final UnitService units;

	ExemplarPublicSection(ExemplarRepository exemplars, UnitService units) {
		this.exemplars = exemplars;
		this.units = units;
	}

	@Override
	public Optional<PublicSection> section(Long campaignId) {
		List<PublicExemplarRow> rows = exemplars.published(campaignId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> names = units.findAll(rows.stream().map(PublicExemplarRow::unitId).distinct().toList())
			.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
		List<PublicExemplar> shown = rows.stream()
			.map(r -> new PublicExemplar(r.title(), names.get(r.unitId()), r.kind(), summary(r.description()),
					r.indicator(), r.valueBefore(), r.valueAfter(), r.results()))
			.toList();
		return Optional.of(new PublicSection("exemplar/public", "exemplars", new PublicExemplars(shown)));
	}

	/** The description cut at a word before {@value #SUMMARY_LENGTH} characters, with "…" when cut. */
	static String summary(String description) {
		String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
		if (text.length() <= SUMMARY_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
		return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1).strip() + "…";
	}
}
