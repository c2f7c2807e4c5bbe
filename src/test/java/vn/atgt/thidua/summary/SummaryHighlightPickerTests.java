package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.report.AcceptedNarrative;
import vn.atgt.thidua.report.ReportNarratives;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The highlight picker of a draft on the demo movement: a page of (at most) 20 of the accepted narratives, paged and
 * filtered by task area, period, unit and words (accent-free) in SQL, the chosen ones listed apart whatever the
 * filter, the page buttons saving the choice before turning the page; bad filter values show the first page, too many highlights are
 * refused beside the field.
 */
@DemoDataTest
class SummaryHighlightPickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	SummaryService summaries;

	@Autowired
	ReportNarratives narratives;

	@Autowired
	UserAdminService users;

	@Test
	void thePickerPagesTheAcceptedNarrativesFilteredInSqlAndKeepsTheChosenApart() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		Long id = summaries.create(clerk, campaign, new SummaryCommand(SummaryKind.YEAR_END, null, null));
		String base = "/campaigns/" + campaign + "/summary-reports/" + id;
		List<AcceptedNarrative> accepted = narratives.acceptedNarratives(campaign);
		assertThat(accepted).hasSizeGreaterThan(10);
		Map<Long, String> units = campaigns.participants(campaign).stream()
			.collect(Collectors.toMap(ParticipantView::unitId, ParticipantView::unitName, (a, b) -> a));

		// the demo has fewer than a page: all of them, no page after; page 2 is empty and offers to go back
		Document first = page(base, clerk);
		assertThat(options(first)).hasSize(Math.min(accepted.size(), HighlightFilter.SIZE));
		assertThat(first.select("[data-testid=highlights-chosen] input")).isEmpty();
		assertThat(first.select("button[name=go]")).isEmpty();
		Document second = page(base + "?page=2", clerk);
		assertThat(options(second)).isEmpty();
		assertThat(second.select("button[name=go][value=1]")).hasSize(1);
		// pages in SQL: 5 by 5 in the order of periods, units and task areas, the pages apart and in sequence
		List<Long> firstFive = narratives.page(campaign, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null,
				null, null, null, 0, 5, 300).stream().map(c -> c.id()).toList();
		List<Long> nextFive = narratives.page(campaign, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null,
				null, null, null, 5, 5, 300).stream().map(c -> c.id()).toList();
		assertThat(options(first).stream().map(Long::valueOf).toList()).startsWith(
				java.util.stream.Stream.concat(firstFive.stream(), nextFive.stream()).toArray(Long[]::new));
		assertThat(firstFive).hasSize(5).doesNotContainAnyElementsOf(nextFive);

		// one unit's narratives, its name typed without marks
		AcceptedNarrative chosen = accepted.get(accepted.size() - 1);
		String unitName = units.get(chosen.unitId());
		String unitQuery = SearchText.key(unitName);
		long ofUnit = accepted.stream().filter(n -> n.unitId().equals(chosen.unitId())).count();
		Document ofTheUnit = page(base + "?unit=" + unitQuery, clerk);
		assertThat(ofTheUnit.select("[data-testid=highlights-options] .form-check"))
			.hasSize((int) Math.min(ofUnit, HighlightFilter.SIZE))
			.allSatisfy(option -> assertThat(option.text()).contains(unitName));

		// saving with "next page" keeps the filter and goes to its page 2
		MvcResult saved = mvc.perform(post(base + "/highlights").param("narrativeIds", chosen.id().toString())
			.param("version", version(clerk, campaign, id)).param("unit", unitQuery).param("page", "1").param("go", "2")
			.with(as(clerk)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).contains("unit=", "page=2");
		assertThat(summaries.get(clerk, campaign, id).highlights()).containsExactly(chosen.id());
		assertThat(summaries.get(clerk, campaign, id).section(SectionKey.HIGHLIGHTS).body()).startsWith(unitName + " (");

		// another task area: the chosen narrative is still listed apart, ticked, and saved again with the page's choice
		Long otherArea = campaigns.taskAreas(campaign).stream().map(a -> a.id())
			.filter(a -> !a.equals(chosen.taskAreaId())).findFirst().orElseThrow();
		Document otherFilter = page(base + "?area=" + otherArea, clerk);
		assertThat(otherFilter.select("[data-testid=highlights-chosen] input[name=narrativeIds]"))
			.extracting(e -> e.attr("value"), e -> e.hasAttr("checked"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(chosen.id().toString(), true));
		List<Long> ofArea = accepted.stream().filter(n -> n.taskAreaId().equals(otherArea)).map(AcceptedNarrative::id)
			.toList();
		assertThat(options(otherFilter)).allSatisfy(v -> assertThat(ofArea).contains(Long.valueOf(v)));

		// words of the text, typed without marks: each narrative listed has them in its results or activities
		AcceptedNarrative quoted = accepted.get(0);
		String[] key = SearchText.key(quoted.quote()).split(" ");
		String words = key[0] + " " + key[1];
		assertThat(options(page(base + "?text=" + words, clerk))).isNotEmpty()
			.allSatisfy(v -> assertThat(accepted.stream().filter(n -> n.id().equals(Long.valueOf(v))).findFirst()
				.map(n -> SearchText.key(n.activities()) + " | " + SearchText.key(n.results())).orElseThrow())
				.contains(words));

		// a filter edited by hand shows the first page unfiltered (the chosen narrative marked, without a box)
		Document unfiltered = page(base + "?area=abc&period=x&page=-4", clerk);
		assertThat(options(unfiltered)).hasSize(Math.min(accepted.size(), HighlightFilter.SIZE) - 1)
			.doesNotContain(chosen.id().toString());
		assertThat(unfiltered.select("[data-testid=highlights-options] .badge")).hasSize(1);

		// at most 60 highlights, refused beside the field, nothing changed
		var tooMany = post(base + "/highlights").param("version", version(clerk, campaign, id));
		LongStream.rangeClosed(1, SummaryService.MAX_HIGHLIGHTS + 1).forEach(n -> tooMany.param("narrativeIds", "" + n));
		Document refused = Jsoup.parse(mvc.perform(tooMany.with(as(clerk)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(refused.text()).contains("Chỉ chọn tối đa 60 nội dung nổi bật.");
		assertThat(summaries.get(clerk, campaign, id).highlights()).containsExactly(chosen.id());

		// the leader reads the report without the picker
		assertThat(page(base, account("lanhdao", Role.LEADER)).select("[data-testid=highlight-picker]")).isEmpty();
	}

	private static List<String> options(Document page) {
		return page.select("[data-testid=highlights-options] input[name=narrativeIds]").stream()
			.map((Element e) -> e.attr("value")).toList();
	}

	private String version(CurrentUser user, Long campaign, Long id) {
		return Long.toString(summaries.get(user, campaign, id).version());
	}

	private Long campaignId() {
		return campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst().orElseThrow()
			.id();
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(),
				row.roles(), false);
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
