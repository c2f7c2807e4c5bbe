package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void theSampleExemplarsAndProposalsAreThereInEveryStatus() {
		Long id = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		CurrentUser office = new CurrentUser(null, "thuongtruc", "Văn phòng", null, null,
				EnumSet.of(Role.STANDING_OFFICE), false);
		assertThat(exemplars.recognised(office, id, null)).singleElement().satisfies(e -> {
			assertThat(e.title()).startsWith("Cổng trường an toàn giao thông").endsWith("(dữ liệu mẫu)");
			assertThat(e.replications()).isEqualTo(2);
		});
		ProposalListPage page = proposals.listPage(office, id, null, PageRequest.of(0, 50));
		assertThat(page.proposals().getContent()).extracting(ProposalRow::status).contains(ProposalStatus.DRAFT,
				ProposalStatus.RETURNED, ProposalStatus.ACCEPTED, ProposalStatus.APPROVED, ProposalStatus.DECIDED);
		assertThat(page.proposals().getContent()).allMatch(ProposalRow::sample);
		assertThat(page.fairness().proposed()).isEqualTo(2);
	}
}
