package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.atgt.thidua.support.TestUsers.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.web.Flash;

/** The forms of the campaign screens as a browser posts them (dates typed dd/MM/yyyy, checkboxes with markers). */
final class CampaignForms {

	static final String BASIS = "Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu về việc Phát động "
			+ "phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn tỉnh Lai Châu";
	static final String TITLE = "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn "
			+ "huyện Tam Đường";
	static final String THEME = "Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn";

	private CampaignForms() {
	}

	static ResultMatcher flashKey(String key) {
		return result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo(key);
	}

	/** The value a form field shows (the page escapes letters such as "á" as entities). */
	static ResultMatcher fieldShows(String id, String value) {
		return result -> {
			Element field = Jsoup.parse(result.getResponse().getContentAsString()).getElementById(id);
			assertThat(field).as("field " + id).isNotNull();
			assertThat(field.tagName().equals("textarea") ? field.text() : field.val()).as(id).isEqualTo(value);
		};
	}

	/** The seed plan's campaign form, to be posted to {@code url}. */
	static MockHttpServletRequestBuilder campaign(String url, CurrentUser user, Long committeeId, String planNumber,
			String start, String end) {
		return post(url).with(as(user)).with(csrf())
			.param("committeeId", committeeId == null ? "" : committeeId.toString())
			.param("planNumber", planNumber)
			.param("planDate", "21/06/2024")
			.param("legalBasis", BASIS)
			.param("title", TITLE)
			.param("theme", THEME)
			.param("purpose", "Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT")
			.param("requirements", "Phong trào thi đua phải được phát động và triển khai sâu rộng")
			.param("startDate", start)
			.param("endDate", end)
			.param("baselineYear", "2023")
			.param("goalReduceCases", "true").param("_goalReduceCases", "on")
			.param("goalReduceDeaths", "true").param("_goalReduceDeaths", "on")
			.param("goalReduceInjured", "true").param("_goalReduceInjured", "on")
			.param("goalReduceDrinkDriving", "true").param("_goalReduceDrinkDriving", "on")
			.param("goalNoEspeciallySerious", "true").param("_goalNoEspeciallySerious", "on")
			.param("goalNoCommercialTransport", "true").param("_goalNoCommercialTransport", "on")
			.param("accidentConvention", "POLICE_15_TO_14")
			.param("version", "0");
	}

	static MockHttpServletRequestBuilder generate(Long campaignId, CurrentUser user, String cadence, String from,
			String to, String dueDay) {
		return post("/campaigns/{id}/periods/generate", campaignId).with(as(user)).with(csrf())
			.param("cadence", cadence)
			.param("startDate", from)
			.param("endDate", to)
			.param("dueDay", dueDay)
			.param("_baseline", "on");
	}

	static MockHttpServletRequestBuilder period(Long campaignId, CurrentUser user, String cadence, String name,
			String start, String end, String due, boolean baseline) {
		MockHttpServletRequestBuilder request = post("/campaigns/{id}/periods", campaignId).with(as(user)).with(csrf())
			.param("cadence", cadence)
			.param("name", name)
			.param("startDate", start)
			.param("endDate", end)
			.param("dueDate", due)
			.param("_baseline", "on")
			.param("version", "0");
		return baseline ? request.param("baseline", "true") : request;
	}
}
