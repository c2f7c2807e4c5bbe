package vn.atgt.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.PublicPages;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.monitoring.MonitoringFixture.Team;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The public page's section of exemplary models: only the exemplars the office recognised and flagged publishable,
 * with title, unit, kind, the beginning of the description and the results; never a proposed, returned or unpublished
 * one, no person's name or contact; and nothing at all while the page is off (404).
 */
@ThiDuaIntegrationTest
class ExemplarPublicSectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MonitoringFixture monitoring;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	PublicPages publicPages;

	@Test
	void thePublicPageShowsTheRecognisedPublishedExemplarsOnly() throws Exception {
		Movement m = monitoring.movement();
		CurrentUser office = m.office();
		Team police = monitoring.team(m.police());
		Team banBo = monitoring.team(m.banBo());
		String longText = "Đoàn viên, phụ huynh hướng dẫn học sinh qua đường giờ tan trường. ".repeat(8);
		recognised(m, police, new ExemplarCommand(ExemplarKind.COLLECTIVE_MODEL, "Cổng trường an toàn giao thông",
				null, longText, LocalDate.of(2024, 9, 5), "Số vụ va chạm trước cổng trường", new BigDecimal("3"),
				BigDecimal.ZERO, "Không còn va chạm trước cổng trường"), true);
		recognised(m, banBo, new ExemplarCommand(ExemplarKind.GOOD_DEED, "Nhặt được ví trả lại người đánh rơi",
				"Lò Văn Tốt", "Anh nhặt được ví và trả lại người bị nạn", LocalDate.of(2024, 8, 1), null, null, null,
				null), true);
		Long hidden = recognised(m, police, command("Tổ tự quản đường làng"), false);
		Long proposed = exemplars.create(police.head(), m.campaignId(), command("Đề xuất chưa công nhận"));
		exemplars.propose(police.head(), m.campaignId(), proposed, 0);
		Long returned = exemplars.create(banBo.head(), m.campaignId(), command("Đề xuất bị trả lại"));
		exemplars.propose(banBo.head(), m.campaignId(), returned, 0);
		exemplars.returnWith(office, m.campaignId(), returned, 1, "Chưa có kết quả");
		String address = "/public/campaigns/" + m.campaignId();
		mvc.perform(get(address).with(from("10.1.0.1"))).andExpect(status().isNotFound());

		publicPages.switchTo(office, m.campaignId(), true);
		Document page = page(address);
		var shown = page.select("[data-testid=public-exemplars] [data-testid=public-exemplar]");
		assertThat(shown.select("h3").eachText()).containsExactly("Nhặt được ví trả lại người đánh rơi",
				"Cổng trường an toàn giao thông");
		var model = shown.get(1);
		assertThat(model.select("[data-testid=public-exemplar-unit]").text())
			.isEqualTo(m.police().name() + " · Mô hình tập thể");
		assertThat(model.select("[data-testid=public-exemplar-summary]").text()).endsWith("…")
			.hasSizeLessThanOrEqualTo(ExemplarPublicSection.SUMMARY_LENGTH + 1)
			.startsWith("Đoàn viên, phụ huynh hướng dẫn học sinh");
		assertThat(model.select("[data-testid=public-exemplar-indicator]").text())
			.isEqualTo("Số vụ va chạm trước cổng trường: trước 3, sau 0");
		assertThat(model.select("[data-testid=public-exemplar-results]").text())
			.isEqualTo("Kết quả đạt được: Không còn va chạm trước cổng trường");
		assertThat(shown.get(0).select("[data-testid=public-exemplar-unit]").text())
			.isEqualTo(m.banBo().name() + " · Gương người tốt, việc tốt");
		String text = page.select("main").text();
		assertThat(text).doesNotContain("Lò Văn Tốt").doesNotContain("Tổ tự quản đường làng")
			.doesNotContain("Đề xuất chưa công nhận").doesNotContain("Đề xuất bị trả lại").doesNotContain("Chưa có kết quả")
			.doesNotContain("0912 345 678").doesNotContain("@example.vn").doesNotContain(police.head().username());

		// the office publishes the third one: the page (switched again, so not from the cache) shows it
		exemplars.setPublishable(office, m.campaignId(), hidden, 2, true);
		publicPages.switchTo(office, m.campaignId(), true);
		assertThat(page(address).select("[data-testid=public-exemplar] h3").eachText())
			.contains("Tổ tự quản đường làng");
		publicPages.switchTo(office, m.campaignId(), false);
		mvc.perform(get(address).with(from("10.1.0.1"))).andExpect(status().isNotFound());
	}

	@Test
	void withoutAPublishedExemplarThereIsNoSection() throws Exception {
		Movement m = monitoring.movement();
		Team police = monitoring.team(m.police());
		recognised(m, police, command("Tổ tự quản đường làng"), false);
		publicPages.switchTo(m.office(), m.campaignId(), true);
		assertThat(page("/public/campaigns/" + m.campaignId()).select("[data-testid=public-exemplars]")).isEmpty();
	}

	private Long recognised(Movement m, Team team, ExemplarCommand command, boolean publishable) {
		Long id = exemplars.create(team.head(), m.campaignId(), command);
		exemplars.propose(team.head(), m.campaignId(), id, 0);
		exemplars.recognise(m.office(), m.campaignId(), id, 1, publishable);
		return id;
	}

	private static ExemplarCommand command(String title) {
		return new ExemplarCommand(ExemplarKind.PRACTICE, title, null, "Mô tả ngắn", LocalDate.of(2024, 9, 5), null,
				null, null, null);
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(mvc.perform(get(address).with(from("10.1.0.2"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
