package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * {@code /campaigns/{id}/documents}: every signed-in user sees the campaign's documents and downloads them as DOCX
 * attachments; an anonymous visitor is sent to sign in; unknown campaigns and documents are 404.
 */
@ThiDuaIntegrationTest
class CampaignDocumentPagesTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentFixture fixture;

	@Autowired
	CampaignService campaigns;

	@Test
	void everySignedInUserSeesTheDocumentsOfACampaign() throws Exception {
		Long id = fixture.seedPlanCampaign();
		Long unitId = campaigns.participants(id).get(0).unitId();
		for (CurrentUser user : List.of(users.create("canbo", unitId, Role.UNIT_OFFICER), users.leader(),
				users.office(), users.admin())) {
			String html = mvc.perform(get("/campaigns/{id}/documents", id).with(as(user)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			Document page = Jsoup.parse(html);
			assertThat(page.select("[data-testid=documents] tbody tr")).hasSize(2);
			assertThat(page.select("[data-testid=documents]").text()).contains("Kế hoạch phát động phong trào thi đua",
					"KH-06-KH-BATGT.docx");
			assertThat(page.select("[data-testid=download-launch-plan]").attr("href"))
				.isEqualTo("/campaigns/" + id + "/documents/launch-plan");
			assertThat(page.select(".nav-tabs a.active").text()).isEqualTo("Văn bản");
			// the urging letter is drafted from the late list, by the standing office
			assertThat(page.select("[data-testid=documents]").text()).contains("Công văn đôn đốc đơn vị chậm báo cáo");
			boolean office = user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
			assertThat(page.select("[data-testid=choose-urging-letter]").attr("href"))
				.isEqualTo(office ? "/campaigns/" + id + "/monitoring/late" : "");
			assertThat(page.select("[data-testid=documents]").text().contains("Dành cho cơ quan thường trực"))
				.isEqualTo(!office);
		}
	}

	@Test
	void theCampaignTabsLeadToTheDocuments() throws Exception {
		Long id = fixture.seedPlanCampaign();
		String html = mvc.perform(get("/campaigns/{id}", id).with(as(users.leader())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select(".nav-tabs a[href=/campaigns/" + id + "/documents]").text())
			.isEqualTo("Văn bản");
	}

	@Test
	void theLaunchPlanDownloadsAsADocxAttachment() throws Exception {
		Long id = fixture.seedPlanCampaign();
		Long unitId = campaigns.participants(id).get(2).unitId();
		MvcResult result = mvc.perform(get("/campaigns/{id}/documents/launch-plan", id)
				.with(as(users.create("canbo", unitId, Role.UNIT_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment;").contains("filename=\"KH-06-KH-BATGT.docx\"");
		try (XWPFDocument docx = DocxWriterTests.read(result.getResponse().getContentAsByteArray());
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("Số: 06/KH-BATGT", "KẾ HOẠCH", DocumentFixture.TITLE, "Lê Huy Chính");
		}
	}

	@Test
	void anAnonymousVisitorIsSentToSignIn() throws Exception {
		Long id = fixture.seedPlanCampaign();
		mvc.perform(get("/campaigns/{id}/documents", id))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/campaigns/{id}/documents/launch-plan", id))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void unknownCampaignsAndDocumentsAreNotFound() throws Exception {
		Long id = fixture.seedPlanCampaign();
		CurrentUser office = users.office();
		mvc.perform(get("/campaigns/{id}/documents", -1).with(as(office))).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{id}/documents/launch-plan", -1).with(as(office))).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{id}/documents/../../admin", id).with(as(office)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/campaigns/{id}/documents/year-end-report", id).with(as(office)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/{id}/documents", "abc").with(as(office))).andExpect(status().is4xxClientError());
	}
}
