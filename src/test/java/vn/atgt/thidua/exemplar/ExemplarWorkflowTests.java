package vn.atgt.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarFixture.Ban;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The life of an exemplar as its users see it: the officer writes it, only the head proposes it, the office returns it
 * with a reason the unit reads, then recognises it as publishable; a replication in another commune is counted; every
 * bad input of every form is refused beside its field with nothing written.
 */
@ThiDuaIntegrationTest
class ExemplarWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ExemplarFixture fixture;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ExemplarQueries queries;

	static Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "COLLECTIVE_MODEL");
		form.put("title", "Cổng trường an toàn giao thông");
		form.put("personName", "");
		form.put("description", "Đoàn viên thanh niên và phụ huynh hướng dẫn học sinh qua đường giờ tan trường.");
		form.put("startedOn", "05/09/2024");
		form.put("indicator", "Số vụ va chạm trước cổng trường (vụ/tháng)");
		form.put("valueBefore", "3");
		form.put("valueAfter", "0,5");
		form.put("results", "Học sinh đội mũ bảo hiểm 100%");
		form.put("version", "0");
		return form;
	}

	static MockHttpServletRequestBuilder form(String url, CurrentUser user, Map<String, String> values) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	private String page(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theUnitProposesTheOfficeReturnsThenRecognisesAndAReplicationIsCounted() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser officer = fixture.officer(ban.banBo());
		CurrentUser head = fixture.head(ban.banBo());
		CurrentUser office = users.office();
		String base = "/campaigns/" + ban.campaignId() + "/exemplars";

		mvc.perform(form(base, officer, valid())).andExpect(status().is3xxRedirection());
		Long id = queries.listPage(officer, ban.campaignId(), new ExemplarFilter(null, null), PageRequest.of(0, 20))
			.exemplars().getContent().get(0).id();
		Document draft = Jsoup.parse(page(base + "/" + id, officer));
		assertThat(draft.select("[data-testid=exemplar-indicator]").text())
			.isEqualTo("Số vụ va chạm trước cổng trường (vụ/tháng): trước 3, sau 0,5");
		assertThat(draft.select("form[action$=/propose]")).isEmpty();
		assertThat(draft.text()).contains("Trưởng đơn vị gửi đề xuất");
		mvc.perform(form(base + "/" + id + "/propose", officer, Map.of("version", "0")))
			.andExpect(status().isForbidden());

		mvc.perform(form(base + "/" + id + "/propose", head, Map.of("version", "0")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(base + "/" + id + "/return", office, Map.of("version", "1", "reason", " ")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("returnForm", "reason"));
		mvc.perform(form(base + "/" + id + "/return", office,
				Map.of("version", "1", "reason", "Bổ sung ảnh và số liệu trước khi thực hiện")))
			.andExpect(status().is3xxRedirection());
		assertThat(Jsoup.parse(page(base + "/" + id, officer)).select("[data-testid=return-reason]").text())
			.contains("Bổ sung ảnh và số liệu trước khi thực hiện");

		Map<String, String> edited = valid();
		edited.put("version", "2");
		edited.put("valueAfter", "0");
		mvc.perform(form(base + "/" + id + "/edit", officer, edited)).andExpect(status().is3xxRedirection());
		mvc.perform(form(base + "/" + id + "/propose", head, Map.of("version", "3")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(base + "/" + id + "/recognise", office, Map.of("version", "4", "publishable", "true")))
			.andExpect(status().is3xxRedirection());

		mvc.perform(form(base + "/" + id + "/replications", head, Map.of("unitId", ban.binhLu().id().toString(),
				"replicatedOn", "15/10/2024", "note", "Trường Tiểu học Bình Lư")))
			.andExpect(status().is3xxRedirection());
		Document recognised = Jsoup.parse(page(base + "/" + id, users.leader()));
		assertThat(recognised.select("[data-testid=exemplar-status]").text()).isEqualTo("Đã công nhận");
		assertThat(recognised.text()).contains("Được công khai");
		assertThat(recognised.select("[data-testid=replication-count]").text()).isEqualTo("1");
		assertThat(recognised.select("[data-testid=replications]").text()).contains(ban.binhLu().name(),
				"15/10/2024");
		assertThat(recognised.select("[data-testid=exemplar-history]").text()).contains("Nháp", "Đã đề xuất",
				"Trả lại", "Bổ sung ảnh", "Đã công nhận");

		assertThat(exemplars.recognised(office, ban.campaignId(), null)).singleElement()
			.satisfies(r -> {
				assertThat(r.title()).isEqualTo("Cổng trường an toàn giao thông");
				assertThat(r.replications()).isEqualTo(1);
				assertThat(r.publishable()).isTrue();
			});
		assertThatThrownBy(() -> exemplars.update(officer, ban.campaignId(), id, 5, ExemplarFixture.model("x")))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void everyBadInputIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser officer = fixture.officer(ban.banBo());
		String url = "/campaigns/" + ban.campaignId() + "/exemplars";
		String[][] cases = { { "title", " ", "NotBlank" }, { "title", "x".repeat(301), "Size" },
				{ "description", "", "NotBlank" }, { "startedOn", "31/02/2024", "typeMismatch" },
				{ "startedOn", "", "NotNull" }, { "startedOn", "01/01/2999", "exemplar.startedOn.future" },
				{ "kind", "", "NotNull" }, { "kind", "NOTHING", "typeMismatch" },
				{ "kind", "GOOD_DEED", "exemplar.personName.required" },
				{ "indicator", "", "exemplar.indicator.required" }, { "valueBefore", "abc", "typeMismatch" },
				{ "valueAfter", "1,234", "Digits" }, { "version", "x", "typeMismatch" } };
		for (String[] c : cases) {
			Map<String, String> values = valid();
			values.put(c[0], c[1]);
			String field = "kind".equals(c[0]) && "GOOD_DEED".equals(c[1]) ? "personName" : c[0];
			String html = mvc.perform(form(url, officer, values))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", field, c[2]))
				.andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(html).select("[data-testid=form-errors]")).as(c[0] + "=" + c[1]).isNotEmpty();
		}
		assertThat(queries.listPage(officer, ban.campaignId(), new ExemplarFilter(null, null), PageRequest.of(0, 5))
			.exemplars()).isEmpty();
	}

	@Test
	void aReplicationOfTheOwnUnitOrOutsideItsDatesIsRefusedBesideItsField() throws Exception {
		Ban ban = fixture.ban();
		Ban other = fixture.ban();
		CurrentUser office = users.office(ban.committeeId());
		Long id = fixture.recognised(ban, ban.banBo(), "Mô hình xe đưa đón học sinh", office);
		String url = "/campaigns/" + ban.campaignId() + "/exemplars/" + id + "/replications";
		String[][] cases = { { ban.banBo().id().toString(), "15/10/2024", "unitId", "exemplar.replication.unit" },
				{ other.binhLu().id().toString(), "15/10/2024", "unitId",
						"exemplar.replication.unit" },
				{ ban.binhLu().id().toString(), "01/09/2024", "replicatedOn", "exemplar.replication.date.range" },
				{ ban.binhLu().id().toString(), "32/10/2024", "replicatedOn", "typeMismatch" },
				{ "", "15/10/2024", "unitId", "NotNull" }, { "abc", "15/10/2024", "unitId", "typeMismatch" } };
		for (String[] c : cases) {
			mvc.perform(form(url, office, Map.of("unitId", c[0], "replicatedOn", c[1], "note", "")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("replicationForm", c[2], c[3]));
		}
		mvc.perform(form(url, office, Map.of("unitId", ban.binhLu().id().toString(), "replicatedOn", "15/10/2024")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(url, office, Map.of("unitId", ban.binhLu().id().toString(), "replicatedOn", "15/10/2024")))
			.andExpect(model().attributeHasFieldErrorCode("replicationForm", "unitId", "exemplar.replication.duplicate"));
		assertThat(queries.page(office, ban.campaignId(), id).exemplar().replicationCount()).isEqualTo(1);
	}
}
