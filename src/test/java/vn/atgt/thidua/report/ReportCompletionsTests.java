package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.report.ReportFixture.ACCIDENTS;
import static vn.atgt.thidua.report.ReportFixture.ALCOHOL;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.report.ReportFixture.PLEDGES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.report.CompletionCount.Level;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The completion counts the dashboards read, judged and counted in SQL, by hand: two units with the fixture's five
 * targets (≥ 4.000 checks, ≥ 350 alcohol cases, ≤ 12 accidents under task area 5; ≥ 100 % pledges under 4; a milestone
 * due 30/09/2024 under 2) in a campaign 21/6–31/12/2024, on 10/9/2024 (42,3 % of its days gone).
 */
@ThiDuaIntegrationTest
class ReportCompletionsTests {

	private static final LocalDate SEPTEMBER_10 = LocalDate.of(2024, 9, 10);

	@Autowired
	ReportFixture fixture;

	@Autowired
	ReportCompletions completions;

	@Autowired
	CampaignService campaigns;

	@Test
	void eachTargetIsJudgedByItsDirectionAndCountedByUnitTaskAreaAndInTotal() {
		Movement m = fixture.movement();
		Team police = fixture.team(m, m.police());
		Team banBo = fixture.team(m, m.banBo());
		// police: 4.200 checks (met), 77 alcohol cases (22 %: behind), 14 accidents (over the limit of 12: behind),
		// pledges 95 then 97 % (a rate: the latest, 97 % ≥ 42,3 %: on track, not 192), the milestone done (met)
		fixture.report(m, police, 7).with(Map.of(CHECKS, "4100", ALCOHOL, "37", ACCIDENTS, "8", PLEDGES, "95"), false)
			.submittedOn(19, 8).accepted();
		fixture.report(m, police, 8).with(Map.of(CHECKS, "100", ALCOHOL, "40", ACCIDENTS, "6", PLEDGES, "97"), true)
			.submittedOn(18, 9).accepted();
		// Bản Bo: a report sent but not accepted counts for nothing: 0 accidents is within the limit (met), the
		// milestone not yet due is on track, the rest behind
		fixture.report(m, banBo, 7).filled().submittedOn(19, 8);
		CampaignView campaign = campaigns.get(m.campaignId());

		List<CompletionCount> counts = completions.counts(campaign, null, null, SEPTEMBER_10);
		assertThat(find(counts, Level.UNIT, m.police().id(), null)).isEqualTo(tally(5, 2, 1, 2));
		assertThat(find(counts, Level.UNIT, m.banBo().id(), null)).isEqualTo(tally(5, 1, 1, 3));
		assertThat(find(counts, Level.UNIT_AREA, m.police().id(), m.area(5))).isEqualTo(tally(3, 1, 0, 2));
		assertThat(find(counts, Level.UNIT_AREA, m.police().id(), m.area(4))).isEqualTo(tally(1, 0, 1, 0));
		assertThat(find(counts, Level.UNIT_AREA, m.banBo().id(), m.area(2))).isEqualTo(tally(1, 0, 1, 0));
		assertThat(find(counts, Level.AREA, null, m.area(5))).isEqualTo(tally(6, 2, 0, 4));
		assertThat(find(counts, Level.AREA, null, m.area(2))).isEqualTo(tally(2, 1, 1, 0));
		assertThat(find(counts, Level.TOTAL, null, null)).isEqualTo(tally(10, 3, 2, 5));
		assertThat(counts).noneMatch(c -> c.level() == Level.INDICATOR);

		// a month later the milestone is overdue; one unit under one task area
		List<CompletionCount> october = completions.counts(campaign, null, m.area(2), LocalDate.of(2024, 10, 10));
		assertThat(find(october, Level.UNIT, m.banBo().id(), null)).isEqualTo(tally(1, 0, 0, 1));
		List<CompletionCount> banBoOnly = completions.counts(campaign, List.of(m.banBo().id()), m.area(5),
				SEPTEMBER_10);
		assertThat(find(banBoOnly, Level.TOTAL, null, null)).isEqualTo(tally(3, 1, 0, 2));
		assertThat(banBoOnly).noneMatch(c -> m.police().id().equals(c.unitId()));
		assertThat(find(completions.counts(campaign, List.of(), null, SEPTEMBER_10), Level.TOTAL, null, null))
			.isEqualTo(tally(0, 0, 0, 0));
	}

	private static List<Integer> tally(int targets, int met, int onTrack, int behind) {
		return List.of(targets, met, onTrack, behind);
	}

	private static List<Integer> find(List<CompletionCount> counts, Level level, Long unitId, Long taskAreaId) {
		CompletionCount c = counts.stream()
			.filter(x -> x.level() == level && java.util.Objects.equals(x.unitId(), unitId)
					&& java.util.Objects.equals(x.taskAreaId(), taskAreaId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + level + " " + unitId + " " + taskAreaId + " in " + counts));
		return tally(c.targets(), c.met(), c.onTrack(), c.behind());
	}
}
