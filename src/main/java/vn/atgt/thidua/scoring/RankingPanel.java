package vn.atgt.thidua.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.DashboardPanel;
import vn.atgt.thidua.dashboard.DashboardPanelSource;
import vn.atgt.thidua.scoring.internal.ScoreTableRepository;

/**
 * The ranking's top on the leadership dashboard (issue 14): the first five units of the campaign's ranking with their
 * total, grade and whether the points are the final score or still the office's reviewed one, each linking to the
 * unit's score. Shown to those who see every unit's score, and only once a unit is ranked.
 */
@Component
@Order(10)
class RankingPanel implements DashboardPanelSource {

	private static final int TOP = 5;

	private final ScoringQueries queries;
	private final ScoreTableRepository tables;
	private final MessageSource messages;
	private final Formats formats;

	RankingPanel(ScoringQueries queries, ScoreTableRepository tables, MessageSource messages, Formats formats) {
		this.queries = queries;
		this.tables = tables;
		this.messages = messages;
		this.formats = formats;
	}

	@Override
	public Optional<DashboardPanel> panel(CurrentUser user, Long campaignId) {
		// most campaigns have no score table for most of the year: one statement, not the ranking's reads
		if (!user.seesAllUnits() || !tables.existsByCampaignId(campaignId)) {
			return Optional.empty();
		}
		List<RankingPage.Row> top = queries.ranking(user, campaignId, null).ranked().stream().limit(TOP).toList();
		if (top.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DashboardPanel("scoring.dashboard", top.stream().map(this::line).toList()));
	}

	private DashboardPanel.Line line(RankingPage.Row row) {
		String value = text("scoring.dashboard.value", formats.number(row.breakdown().total()),
				row.grade() == null ? "—" : row.grade().name(),
				text(row.official() ? "scoring.dashboard.official" : "scoring.dashboard.reviewed"));
		return new DashboardPanel.Line(row.rank() + ". " + row.unitName(), value, "/scores/" + row.scoreId());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
