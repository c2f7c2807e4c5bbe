package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.Browser;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** A real browser: a commune officer opens the campaign, goes to its documents and downloads the launching plan. */
@ThiDuaIntegrationTest
class CampaignDocumentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	DocumentFixture fixture;

	@Autowired
	CampaignService campaigns;

	@Test
	void aCommuneOfficerDownloadsTheLaunchPlanFromTheCampaign() {
		Long id = fixture.seedPlanCampaign();
		var officer = users.create("xa", campaigns.participants(id).get(2).unitId(), Role.UNIT_OFFICER);

		try (Browser browser = new Browser(port)) {
			browser.signIn(officer.username(), TestUsers.PASSWORD);
			browser.open("/campaigns/" + id).clickLink("Văn bản");
			browser.waitForPath("/campaigns/" + id + "/documents");
			assertThat(browser.text("documents")).contains("Kế hoạch phát động phong trào thi đua", "KH-06-KH-BATGT.docx");
			browser.screenshot("campaign-documents");

			// what the browser receives when the link is followed, in the signed-in session
			Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					const link = document.querySelector("[data-testid='download-launch-plan']");
					fetch(link.href).then(r => r.arrayBuffer().then(b => done([r.status,
						r.headers.get('content-disposition'), r.headers.get('content-type'), b.byteLength])));
					""");
			assertThat(answer.toString()).startsWith("[200, attachment;").contains("KH-06-KH-BATGT.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
	}
}
