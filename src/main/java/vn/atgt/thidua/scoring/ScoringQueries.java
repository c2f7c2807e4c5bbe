package vn.atgt.thidua.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.internal.ScoreTable;
import vn.atgt.thidua.scoring.internal.ScoreTableRepository;
import vn.atgt.thidua.scoring.internal.UnitScore;
import vn.atgt.thidua.scoring.internal.UnitScoreRepository;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The read models of the scoring pages, each after {@link ScoringAccess}: the score table, a unit's score with what it
 * adds up to, and the ranking. The ranking reads the campaign, its participants, the table and every score with its
 * lines in a fixed number of statements, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class ScoringQueries {

	private final ScoreTableRepository tables;
	private final UnitScoreRepository scores;
	private final ScoringAccess access;
	private final CampaignService campaigns;
	private final Suggestions suggestions;

	ScoringQueries(ScoreTableRepository tables, UnitScoreRepository scores, ScoringAccess access,
			CampaignService campaigns, Suggestions suggestions) {
		this.tables = tables;
		this.scores = scores;
		this.access = access;
		this.campaigns = campaigns;
		this.suggestions = suggestions;
	}

	public ScoreTablePage tablePage(CurrentUser user, Long campaignId) {
		access.requireCampaignReadable(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		ScoreTableView table = tables.findByCampaignId(campaignId).map(ScoreTable::view).orElse(null);
		Long own = user.unitId() == null ? null : scores.idOf(campaignId, user.unitId()).orElse(null);
		ScoringActions actions = access.tableActions(user, campaign, table, own != null);
		List<CampaignSummary> sources = List.of();
		if (table == null && actions.editTable()) {
			List<Long> withTables = tables.campaignIds();
			sources = campaigns.listOf(campaign.committeeId(), null).stream()
				.filter(c -> withTables.contains(c.id()) && !c.id().equals(campaignId)).toList();
		}
		return new ScoreTablePage(campaign, table, table == null ? List.of() : table.problems(), actions, own,
				sources);
	}

	/** The table for the office's forms (the campaign must have one). */
	public ScoreTableView tableToEdit(CurrentUser user, Long campaignId) {
		access.requireTableEditor(user, campaignId);
		return tables.findByCampaignId(campaignId).map(ScoreTable::view)
			.orElseThrow(() -> new NotFoundException("score table of campaign", campaignId));
	}

	/** The campaign's task areas, for the office's choice of the one a line's suggestion reads. */
	public List<TaskAreaView> taskAreas(CurrentUser user, Long campaignId) {
		access.requireTableEditor(user, campaignId);
		return campaigns.taskAreas(campaignId);
	}

	public CampaignView campaign(CurrentUser user, Long campaignId) {
		access.requireCampaignReadable(user, campaignId);
		return campaigns.get(campaignId);
	}

	public ScoreSheetPage scorePage(CurrentUser user, Long scoreId) {
		ScoreScope scope = scores.scope(scoreId).orElseThrow(() -> new NotFoundException("score", scoreId));
		access.requireReadable(user, scope);
		CampaignView campaign = campaigns.get(scope.campaignId());
		ScoreTableView table = tables.findByCampaignId(scope.campaignId()).map(ScoreTable::view).orElseThrow();
		UnitScore entity = scores.findById(scoreId).orElseThrow();
		ScoreView score = entity.view();
		String unitName = campaigns.participant(scope.campaignId(), scope.unitId()).map(ParticipantView::unitName)
			.orElse("");
		Breakdown self = Breakdown.of(table, score.selfValues());
		Breakdown counted = Breakdown.of(table, score.officialValues());
		return new ScoreSheetPage(campaign, table, score, unitName, self, counted,
				table.gradeOf(counted.total()).orElse(null), table.passes(counted.total()),
				score.exclusionId() == null ? null : table.exclusion(score.exclusionId()).orElse(null),
				access.actions(user, scope, campaign), access.mayExclude(user, campaign),
				suggestions.forUnit(user, campaign, table, scope.unitId()));
	}

	/** The ranking, for those who see every unit; {@code kind} filters by kind of unit (null: all). */
	public RankingPage ranking(CurrentUser user, Long campaignId, UnitKind kind) {
		access.requireSeesAll(user, campaignId);
		return ranking(campaignId, kind, user);
	}

	/**
	 * The ranking without a user, for another module's door that asks for it on behalf of its own checked user (the
	 * commendation module's suggestions, {@link CommendationRanking}); it offers no action.
	 */
	RankingPage ranking(Long campaignId) {
		return ranking(campaignId, null, null);
	}

	/** The ranking with the actions of {@code user} (none without a user). */
	private RankingPage ranking(Long campaignId, UnitKind kind, CurrentUser user) {
		CampaignView campaign = campaigns.get(campaignId);
		ScoreTableView table = tables.findByCampaignId(campaignId).map(ScoreTable::view).orElse(null);
		ScoringActions actions = user == null ? ScoringActions.NONE
				: access.tableActions(user, campaign, table, false);
		if (table == null) {
			// nothing to rank yet: the page says so, and a province's 2,000 participants are not read for nothing
			return new RankingPage(campaign, null, List.of(), List.of(), List.of(), kind,
					Arrays.asList(UnitKind.values()), actions);
		}
		List<ParticipantView> participants = campaigns.participants(campaignId).stream()
			.filter(p -> kind == null || p.unitKind() == kind).toList();
		Map<Long, ScoreView> byUnit = new HashMap<>();
		scores.withLines(campaignId).forEach(s -> byUnit.put(s.getUnitId(), s.view(false)));
		List<Ranking.Entry> entries = new ArrayList<>();
		Map<Long, ParticipantView> participantOf = new HashMap<>();
		List<RankingPage.Excluded> excluded = new ArrayList<>();
		List<RankingPage.Pending> pending = new ArrayList<>();
		for (ParticipantView p : participants) {
			participantOf.put(p.unitId(), p);
			ScoreView s = byUnit.get(p.unitId());
			if (s != null && s.excluded()) {
				excluded.add(new RankingPage.Excluded(p.unitId(), p.unitName(), s.id(),
						table.exclusion(s.exclusionId()).map(ExclusionView::text).orElse(""), s.exclusionNote()));
			}
			else if (s != null && s.status().isRanked()) {
				entries.add(new Ranking.Entry(p.unitId(), p.unitName(), Breakdown.of(table, s.officialValues()),
						s.firstSubmittedAt()));
			}
			else {
				pending.add(new RankingPage.Pending(p.unitId(), p.unitName(), s == null ? null : s.id(),
						s == null ? null : s.status()));
			}
		}
		List<RankingPage.Row> ranked = Ranking.rank(entries).stream().map(place -> {
			Ranking.Entry e = place.entry();
			ParticipantView p = participantOf.get(e.unitId());
			return new RankingPage.Row(place.rank(), e.unitId(), e.unitName(), p.unitKind(),
					byUnit.get(e.unitId()).id(), e.breakdown(), table.gradeOf(e.breakdown().total()).orElse(null),
					table.passes(e.breakdown().total()), place.tieRule(), byUnit.get(e.unitId()).isFinal());
		}).toList();
		return new RankingPage(campaign, table, ranked, excluded, pending, kind, Arrays.asList(UnitKind.values()),
				actions);
	}
}
