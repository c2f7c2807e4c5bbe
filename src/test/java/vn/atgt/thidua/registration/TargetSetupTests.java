package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;

/**
 * What the standing office sets up and reads: suggested indicators and the sums of the targets units registered for
 * them, the registration deadline, the table of every unit with its filters; pages whose statement count does not
 * grow with the data.
 */
@ThiDuaIntegrationTest
class TargetSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TargetFixture fixture;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theOfficeSuggestsIndicatorsAndAPickedOneStaysAsUnitsRegisteredIt() throws Exception {
		Movement m = fixture.movement();
		String base = m.page() + "/suggestions";
		mvc.perform(post(base).with(as(m.office())).with(csrf()).param("taskAreaId", m.area(4).toString())
			.param("name", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi").param("direction", "AT_LEAST")
			.param("guidance", "Buổi tuyên truyền trực tiếp").param("version", "0"))
			.andExpect(redirectedUrl(base));
		mvc.perform(post(base).with(as(m.office())).with(csrf()).param("taskAreaId", m.area(5).toString())
			.param("name", "Số vụ TNGT").param("unitOfMeasure", "vụ").param("direction", "AT_MOST")
			.param("version", "0"))
			.andExpect(redirectedUrl(base));
		List<SuggestedIndicatorView> suggestions = fixture.setup.suggestions(m.campaignId());
		assertThat(suggestions).extracting(SuggestedIndicatorView::name, SuggestedIndicatorView::direction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Số buổi tuyên truyền", TargetDirection.AT_LEAST),
					org.assertj.core.groups.Tuple.tuple("Số vụ TNGT", TargetDirection.AT_MOST));
		SuggestedIndicatorView sessions = suggestions.get(0);
		SuggestedIndicatorView accidents = suggestions.get(1);

		mvc.perform(get(m.unitPage(m.banBo())).with(as(fixture.officer(m.banBo()))))
			.andExpect(content().string(containsString("suggestion=" + sessions.id())));
		fixture.registration(m, m.banBo()).with(TargetFixture.picked(sessions.id(), 12));

		mvc.perform(post(base + "/" + sessions.id() + "/delete").with(as(m.office())).with(csrf()))
			.andExpect(result -> assertThat(result.getFlashMap().get("flash").toString()).contains("suggestion.inUse"));
		mvc.perform(post(base + "/" + sessions.id() + "/edit").with(as(m.office())).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("name", "Số buổi tuyên truyền").param("unitOfMeasure", "lượt")
			.param("direction", "AT_LEAST").param("version", "" + sessions.version()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có đơn vị chọn chỉ tiêu gợi ý này")));
		mvc.perform(post(base + "/" + sessions.id() + "/edit").with(as(m.office())).with(csrf())
			.param("taskAreaId", m.area(4).toString()).param("name", "Số buổi tuyên truyền").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("guidance", "Kể cả tuyên truyền lưu động")
			.param("version", "" + sessions.version()))
			.andExpect(redirectedUrl(base));
		mvc.perform(post(base + "/" + accidents.id() + "/delete").with(as(m.office())).with(csrf()))
			.andExpect(redirectedUrl(base));

		assertThat(fixture.setup.suggestions(m.campaignId())).singleElement().satisfies(s -> {
			assertThat(s.unitOfMeasure()).isEqualTo("buổi");
			assertThat(s.guidance()).isEqualTo("Kể cả tuyên truyền lưu động");
			assertThat(s.usedBy()).isEqualTo(1);
		});
	}

	@Test
	void targetsOfTheSameSuggestedIndicatorAreSummedAcrossUnits() throws Exception {
		Movement m = fixture.movement();
		Long sessions = fixture.suggest(m, 4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST);
		Long pledge = fixture.suggest(m, 4, "Tỷ lệ học sinh ký cam kết", "%", TargetDirection.AT_LEAST);
		Long unused = fixture.suggest(m, 6, "Số người được tập huấn sơ cứu", "người", TargetDirection.AT_LEAST);
		fixture.registration(m, m.police()).with(TargetFixture.picked(sessions, 24)).approved();
		fixture.registration(m, m.education()).with(TargetFixture.picked(sessions, 40))
			.with(TargetFixture.picked(pledge, 100)).submitted();
		fixture.registration(m, m.banBo()).with(TargetFixture.picked(sessions, 12));
		fixture.registration(m, m.binhLu()).with(TargetFixture.picked(sessions, 10)).returned("Thấp");

		List<SuggestedIndicatorTotal> totals = fixture.setup.totals(m.campaignId());
		assertThat(totals).extracting(SuggestedIndicatorTotal::suggestedIndicatorId)
			.containsExactly(sessions, pledge, unused);
		assertThat(totals.get(0)).satisfies(t -> {
			assertThat(t.unitsSubmitted()).isEqualTo(2);
			assertThat(t.sumSubmitted()).isEqualByComparingTo("64");
			assertThat(t.unitsApproved()).isEqualTo(1);
			assertThat(t.sumApproved()).isEqualByComparingTo("24");
		});
		assertThat(totals.get(1).summable()).isFalse();
		assertThat(totals.get(2).unitsSubmitted()).isZero();
		assertThat(totals.get(2).sumSubmitted()).isNull();

		Document page = Jsoup.parse(mvc.perform(get(m.page() + "/suggestions").with(as(m.office())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=suggestion-" + sessions + "] td").eachText())
			.containsSubsequence("buổi", "Không thấp hơn (≥)", "2", "64", "1", "24");
		assertThat(page.select("[data-testid=suggestion-" + pledge + "] td").eachText()).contains("—");
	}

	@Test
	void theOfficeSetsChangesAndRemovesTheRegistrationDeadline() throws Exception {
		Movement m = fixture.movement();
		String deadline = m.page() + "/deadline";
		mvc.perform(get(deadline).with(as(m.office()))).andExpect(status().isOk());
		mvc.perform(post(deadline).with(as(m.office())).with(csrf()).param("deadline", "15/07/2024")
			.param("version", "0"))
			.andExpect(redirectedUrl(m.page()));
		assertThat(fixture.targets.registrationDeadline(m.campaignId())).contains(LocalDate.of(2024, 7, 15));
		mvc.perform(get(m.page()).with(as(m.office())))
			.andExpect(content().string(containsString("15/07/2024")));

		RegistrationDeadlineView set = fixture.setup.deadline(m.campaignId());
		mvc.perform(post(deadline).with(as(m.office())).with(csrf()).param("deadline", "20/07/2024")
			.param("version", "" + set.version()))
			.andExpect(redirectedUrl(m.page()));
		mvc.perform(post(deadline).with(as(m.office())).with(csrf()).param("deadline", "25/07/2024")
			.param("version", "" + set.version()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")));
		assertThat(fixture.targets.registrationDeadline(m.campaignId())).contains(LocalDate.of(2024, 7, 20));

		mvc.perform(post(deadline).with(as(m.office())).with(csrf()).param("deadline", "")
			.param("version", "" + fixture.setup.deadline(m.campaignId()).version()))
			.andExpect(redirectedUrl(m.page()));
		assertThat(fixture.targets.registrationDeadline(m.campaignId())).isEmpty();
	}

	@Test
	void theOfficeTableFiltersByStatusUnitKindAndAccentFreeName() throws Exception {
		Movement m = fixture.movement();
		fixture.registration(m, m.police()).withTypicalTargets().approved();
		fixture.registration(m, m.banBo()).withTypicalTargets().submitted();

		Document all = page(m, "");
		assertThat(all.select("[data-testid=registrations] tbody tr")).hasSize(4);
		assertThat(all.select("[data-testid=unit-" + m.banBo().id() + "] td").eachText())
			.containsSubsequence("Đã gửi", "0", "1", "0", "2", "0", "0", "3");
		assertThat(all.select("[data-testid=unit-" + m.banBo().id() + "] a").attr("href"))
			.isEqualTo("/campaigns/" + m.campaignId() + "/targets/units/" + m.banBo().id());
		assertThat(all.select("[data-testid=unit-" + m.banBo().id() + "] a").attr("aria-label"))
			.isEqualTo("Xem đăng ký thi đua của " + m.banBo().name());
		assertThat(all.select("[data-testid=unit-" + m.banBo().id() + "] [data-testid=registration-status]").attr("class"))
			.isEqualTo("badge status-badge text-bg-primary");
		assertThat(all.select("[data-testid=status-summary]").text())
			.contains("4 đơn vị", "Đã gửi: 1", "Đã duyệt: 1", "Chưa thực hiện: 2");

		assertThat(page(m, "?status=SUBMITTED").select("[data-testid=registrations] tbody tr"))
			.singleElement().satisfies(r -> assertThat(r.text()).contains(m.banBo().name()));
		assertThat(page(m, "?status=NOT_STARTED").select("[data-testid=registrations] tbody tr")).hasSize(2);
		assertThat(page(m, "?kind=COMMUNE_COMMITTEE").select("[data-testid=registrations] tbody tr")).hasSize(2);
		assertThat(page(m, "?q=ban bo").select("[data-testid=registrations] tbody tr"))
			.singleElement().satisfies(r -> assertThat(r.text()).contains(m.banBo().name()));
	}

	@Test
	void theOfficeTableAndAUnitsPageReadAConstantNumberOfStatements() throws Exception {
		Movement m = fixture.movement();
		CurrentUser officer = fixture.registration(m, m.banBo()).withTypicalTargets().officer();
		long overviewSmall = statements(m.page(), m.office());
		long unitSmall = statements(m.unitPage(m.banBo()), officer);

		for (int i = 1; i <= 8; i++) {
			fixture.targets.addTarget(officer, m.campaignId(), m.banBo().id(),
					TargetFixture.quantitative(m.area(1 + i % 6), "Chỉ tiêu thêm " + i, "lượt", i));
		}
		fixture.registration(m, m.police()).withTypicalTargets().approved();
		fixture.registration(m, m.education()).withTypicalTargets().returned("Bổ sung");
		fixture.registration(m, m.binhLu()).withTypicalTargets().submitted();

		assertThat(statements(m.page(), m.office())).isEqualTo(overviewSmall);
		assertThat(statements(m.unitPage(m.banBo()), officer)).isEqualTo(unitSmall);
		assertThat(overviewSmall).isLessThan(20);
		assertThat(unitSmall).isLessThan(20);
	}

	@Test
	void unitsThatHaveNotStartedAreListedAndCannotBeDecidedOn() throws Exception {
		Movement m = fixture.movement();
		mvc.perform(get(m.unitPage(m.binhLu())).with(as(m.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị chưa đăng ký chỉ tiêu nào.")))
			.andExpect(content().string(not(containsString("/approve"))));
		assertThatThrownBy(() -> fixture.targets.approve(m.office(), m.campaignId(), m.binhLu().id(), 0))
			.isInstanceOf(vn.atgt.thidua.common.NotFoundException.class);
	}

	private Document page(Movement m, String query) throws Exception {
		return Jsoup.parse(mvc.perform(get(m.page() + query).with(as(m.office())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long statements(String url, CurrentUser user) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}
}
