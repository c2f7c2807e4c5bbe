package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The demo's sample exemplars and proposals on the embedded H2 database (migrations V80–V82 there too): the recognised
 * model replicated twice, and proposals from a draft to the decision, each marked as sample data.
 */
@DemoDataTest
class CommendationDemoDataTests {

	@Autowired
	CampaignService campaigns;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ProposalQueries proposals;

	@Autowired
	ProposalPipelinePanel pipeline;

	@Test
	void theSampleExemplarsAndProposalsAreThereInEveryStatus() {
		Long id = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser office = new CurrentUser(null, "thuongtruc", "Văn phòng", null, null, null,
				EnumSet.of(Role.STANDING_OFFICE), false);
		assertThat(exemplars.recognised(office, id, null)).singleElement().satisfies(e -> {
			assertThat(e.title()).startsWith("Cổng trường an toàn giao thông").endsWith("(dữ liệu mẫu)");
			assertThat(e.replications()).isEqualTo(2);
		});
		ProposalListPage page = proposals.listPage(office, id, null, PageRequest.of(0, 50));
		assertThat(page.proposals().getContent()).extracting(ProposalRow::status)
			.containsAll(java.util.List.of(ProposalStatus.values()));
		assertThat(page.proposals().getContent()).allMatch(ProposalRow::sample);
		// Mai, Đỗ Văn G, Hoàng Văn Tú, Giàng A Páo, Sần Thị Mây, Sùng A Chứ: four front-line, two women
		assertThat(page.fairness().proposed()).isEqualTo(6);
		assertThat(page.fairness().proposedWomen()).isEqualTo(2);
		assertThat(page.quotaWarnings()).extracting(QuotaWarning::unitName)
			.containsExactlyInAnyOrder("Công an huyện Tam Đường", "UBND xã Bình Lư");
		assertThat(page.deciders()).containsExactly("Chủ tịch Ủy ban nhân dân cấp huyện");
	}

	/** The dashboard's pipeline counts the sample proposals by status, each linked to the filtered list. */
	@Test
	void theDashboardShowsTheProposalsInThePipelineToTheOfficeOnly() {
		Long id = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser leader = new CurrentUser(null, "lanhdao", "Lãnh đạo", null, null, null, EnumSet.of(Role.LEADER), false);
		CurrentUser unit = new CurrentUser(null, "xabanbo", "Cán bộ xã", 1L, "UBND xã", null, EnumSet.of(Role.UNIT_OFFICER),
				false);
		// outside a request the labels follow the thread's locale: the Vietnamese user's, as a request would set it
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
		assertThat(pipeline.panel(leader, id)).hasValueSatisfying(panel -> assertThat(panel.lines())
			.anySatisfy(line -> {
				assertThat(line.label()).isEqualTo("Đã có quyết định khen thưởng");
				assertThat(line.value()).isEqualTo("1");
				assertThat(line.link()).isEqualTo("/campaigns/" + id + "/commendations?status=DECIDED");
			})
			.anySatisfy(line -> assertThat(line.label()).isEqualTo("Nháp")));
		assertThat(pipeline.panel(unit, id)).isEmpty();
		LocaleContextHolder.resetLocaleContext();
	}
}
