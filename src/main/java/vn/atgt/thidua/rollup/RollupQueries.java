package vn.atgt.thidua.rollup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.AccidentFigures;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.Comparison;
import vn.atgt.thidua.accident.Cumulative;
import vn.atgt.thidua.accident.FigureComparison;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.FollowerRow;
import vn.atgt.thidua.report.CompletionCount;
import vn.atgt.thidua.report.ReportCompletions;
import vn.atgt.thidua.rollup.internal.ChildFigures;
import vn.atgt.thidua.rollup.internal.RollupFigures;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The roll-up's pages: the parent's campaigns with who follows them, the roll-up of one of them (a constant number of
 * statements: the campaign, the children, their followers, two sums), and the drill-down into a child's campaign.
 */
@Service
@Transactional(readOnly = true)
public class RollupQueries {

	private final CommitteeService committees;
	private final CampaignService campaigns;
	private final AccidentService accidents;
	private final ReportCompletions completions;
	private final RollupFigures figures;
	private final RollupAccess access;
	private final Clock clock;

	RollupQueries(CommitteeService committees, CampaignService campaigns, AccidentService accidents,
			ReportCompletions completions, RollupFigures figures, RollupAccess access, Clock clock) {
		this.committees = committees;
		this.campaigns = campaigns;
		this.accidents = accidents;
		this.completions = completions;
		this.figures = figures;
		this.access = access;
		this.clock = clock;
	}

	/** The user's committee, its children and its campaigns with their followers. @throws AccessDeniedException */
	public RollupPage overview(CurrentUser user) {
		access.requireReader(user);
		List<CampaignSummary> own = campaigns.listOf(user.committeeId(), null);
		List<CommitteeSummary> children = committees.children(user.committeeId());
		Map<Long, String> names = children.stream()
			.collect(Collectors.toMap(CommitteeSummary::id, CommitteeSummary::name));
		Map<Long, List<RollupPage.Launch>> followers = campaigns
			.followers(own.stream().map(CampaignSummary::id).toList())
			.stream()
			.collect(Collectors.groupingBy(FollowerRow::followsCampaignId, Collectors.mapping(
					f -> new RollupPage.Launch(names.get(f.committeeId()), f), Collectors.toList())));
		return new RollupPage(committeeName(user.committeeId()), children,
				own.stream().map(c -> new RollupPage.ParentCampaign(c, followers.getOrDefault(c.id(), List.of())))
					.toList());
	}

	/**
	 * The roll-up of one of the user's committee's campaigns: a row per child committee, the total.
	 * @throws vn.atgt.thidua.common.NotFoundException for another committee's campaign
	 */
	public RollupCampaignPage campaign(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireParentCampaign(user, campaign);
		List<CommitteeSummary> children = committees.children(campaign.committeeId());
		// a child may have launched more than one campaign after the parent's: the roll-up counts its first
		Map<Long, FollowerRow> launched = campaigns.followers(List.of(campaignId))
			.stream()
			.collect(Collectors.toMap(FollowerRow::committeeId, f -> f, (first, later) -> first));
		Map<Long, ChildFigures> sums = figures.of(launched.values().stream().map(FollowerRow::campaignId).toList(),
				LocalDate.now(clock));
		List<ChildRow> rows = new ArrayList<>();
		List<AccidentFigures> current = new ArrayList<>();
		List<AccidentFigures> baseline = new ArrayList<>();
		Participation total = Participation.NONE;
		for (CommitteeSummary child : children) {
			FollowerRow follower = launched.get(child.id());
			ChildFigures f = follower == null ? null : sums.get(follower.campaignId());
			rows.add(row(child, follower, f));
			if (f != null) {
				current.add(f.accidents().comparison().current());
				baseline.add(f.accidents().comparison().baseline());
				total = total.plus(f.participation());
			}
		}
		Cumulative sum = total(current, baseline);
		return new RollupCampaignPage(campaign, committeeName(campaign.committeeId()), rows, sum,
				FigureComparison.goals(campaign.goals(), sum), total, access.actions(user));
	}

	/**
	 * A child's campaign, read-only: its roll-up row, its months against the baseline, its completion of targets.
	 * @throws vn.atgt.thidua.common.NotFoundException unless the campaign is of the user's committee or one below
	 */
	public ChildCampaignPage child(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireChildCampaign(user, campaign);
		CommitteeSummary committee = committees.summary(campaign.committeeId()).orElseThrow();
		FollowerRow follower = new FollowerRow(campaign.followsCampaignId(), campaign.id(), campaign.committeeId(),
				campaign.planNumber(), campaign.planDate(), campaign.title(), campaign.startDate(), campaign.endDate(),
				campaign.status());
		LocalDate today = LocalDate.now(clock);
		ChildRow row = row(committee, follower, figures.of(List.of(campaignId), today).get(campaignId));
		CompletionCount whole = completions.counts(campaign, null, null, today)
			.stream()
			.filter(c -> c.level() == CompletionCount.Level.TOTAL)
			.findFirst()
			.orElse(null);
		return new ChildCampaignPage(campaign, committee.name(), row, accidents.publicComparison(campaignId), whole,
				access.actions(user));
	}

	private static ChildRow row(CommitteeSummary child, FollowerRow follower, ChildFigures f) {
		if (f == null) {
			return new ChildRow(child, follower, null, new Cumulative(Comparison.EMPTY, 0, 0), List.of(),
					Participation.NONE);
		}
		return new ChildRow(child, follower, f.areaName(), f.accidents(),
				FigureComparison.goals(f.goals(), f.accidents()), f.participation());
	}

	/** The sum of the children with figures; no baseline side while one of them has none. */
	private static Cumulative total(List<AccidentFigures> current, List<AccidentFigures> baseline) {
		List<AccidentFigures> withFigures = current.stream().filter(c -> c != null).toList();
		boolean baselineComplete = true;
		for (int i = 0; i < current.size(); i++) {
			if (current.get(i) != null && baseline.get(i) == null) {
				baselineComplete = false;
			}
		}
		AccidentFigures now = FigureComparison.sum(withFigures);
		AccidentFigures then = baselineComplete ? FigureComparison.sum(baseline) : null;
		return new Cumulative(new Comparison(now, now == null ? null : then), withFigures.size(), current.size());
	}

	private String committeeName(Long committeeId) {
		return committees.summary(committeeId).map(CommitteeSummary::name).orElse(null);
	}
}
