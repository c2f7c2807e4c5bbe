package vn.atgt.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.KeptFiles;
import vn.atgt.thidua.submission.SubmissionFixture.Province;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.summary.SummaryView;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Issue 18, item 4, end to end through the pages: the commune's office sends its finalised year-end report, the
 * province's office finds it in its queue, downloads exactly the files that were kept when it was finalised, receives
 * it, returns it with a reason (an empty reason is a field error and changes nothing), the commune sees the reason and
 * sends again (round 2, the first round kept), and the province accepts. Each step notifies the other office.
 */
@ThiDuaIntegrationTest
class SubmissionWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubmissionFixture fixture;

	@Autowired
	SummaryService summaries;

	@Autowired
	KeptFiles kept;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sentReturnedWithAReasonSentAgainAndAccepted() throws Exception {
		Province p = fixture.province();
		Document sendPage = page(p.sendPage(), p.childOffice());
		assertThat(sendPage.select("form[action$=/send-upward/report] option")).hasSize(1);
		assertThat(sendPage.text()).contains("Ban ATGT Tỉnh");

		Long first = send(p, p.childOffice());
		assertThat(statusOf(first)).isEqualTo("SENT");
		assertThat(notifications(p.parentOffice(), "/submissions/" + first)).isEqualTo(1);

		// the province's queue, filtered in SQL by status, committee and kind
		String title = page("/submissions/" + first, p.parentOffice()).select("[data-testid=submission-title]").text();
		assertThat(title).startsWith("Báo cáo tổng kết");
		assertThat(queue(p.parentOffice(), "")).containsExactly(first);
		assertThat(queue(p.parentOffice(), "?status=SENT&committeeId=" + p.child().committeeId()
				+ "&kind=YEAR_END_REPORT")).containsExactly(first);
		assertThat(queue(p.parentOffice(), "?status=ACCEPTED")).isEmpty();
		assertThat(queue(p.parentOffice(), "?committeeId=" + p.siblingId())).isEmpty();
		assertThat(queue(p.parentOffice(), "?kind=COMMENDATION_DOSSIER")).isEmpty();

		// the files are exactly those kept when the report was finalised
		SummaryView report = summaries.get(TestUsers.STANDING_OFFICE, p.campaignId(), p.reportId());
		byte[] signed = kept.content(TestUsers.STANDING_OFFICE, p.campaignId(), report.docxKeptId()).content();
		Long docx = jdbc.queryForObject("select id from upward_submission_files where submission_id = ? and file_order = 1",
				Long.class, first);
		byte[] received = mvc.perform(get("/submissions/" + first + "/files/" + docx).with(as(p.parentOffice())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(received).isEqualTo(signed);
		assertThat(zipEntries(mvc.perform(get("/submissions/" + first + "/zip").with(as(p.parentOffice())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).hasSize(2);

		act(first, "receive", p.parentOffice()).andExpect(status().is3xxRedirection());
		assertThat(statusOf(first)).isEqualTo("RECEIVED");
		assertThat(notifications(p.childOffice(), "/submissions/" + first)).isEqualTo(1);

		// an empty reason is a field error; nothing is written
		String returnPage = mvc.perform(post("/submissions/" + first + "/return").param("version", version(first))
			.param("reason", " ").with(as(p.parentOffice())).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(returnPage).select("#reason.is-invalid")).hasSize(1);
		assertThat(statusOf(first)).isEqualTo("RECEIVED");
		assertThat(steps(first)).isEqualTo(2);

		mvc.perform(post("/submissions/" + first + "/return").param("version", version(first))
			.param("reason", "Thiếu số liệu tai nạn tháng 12.").with(as(p.parentOffice())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(first)).isEqualTo("RETURNED");
		assertThat(page(p.sendPage(), p.childOffice()).select("[data-testid=sent-reason]").text())
			.isEqualTo("Lý do trả lại: Thiếu số liệu tai nạn tháng 12.");
		assertThat(page("/submissions/sent", p.childOffice()).text()).contains("Thiếu số liệu tai nạn tháng 12.");
		Document returned = page("/submissions/" + first, p.childOffice());
		assertThat(returned.select("[data-testid=return-reason]").text()).contains("Thiếu số liệu tai nạn tháng 12.");
		assertThat(returned.select("a[href$=/send-upward]").text()).isEqualTo("Chỉnh sửa và gửi lại");

		Long second = send(p, p.childOffice());
		assertThat(second).isNotEqualTo(first);
		assertThat(jdbc.queryForObject("select round_number from upward_submissions where id = ?", Integer.class,
				second)).isEqualTo(2);
		assertThat(statusOf(first)).isEqualTo("RETURNED");
		// while the province has not decided, the same report is not sent a third time
		String refused = mvc.perform(post(p.sendPage() + "/report").param("reportId", p.reportId().toString())
			.with(as(p.childOffice())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("Nội dung này đã được gửi và đang chờ cấp trên xử lý.");
		assertThat(count(p)).isEqualTo(2);

		act(second, "accept", p.parentOffice()).andExpect(status().is3xxRedirection());
		assertThat(statusOf(second)).isEqualTo("ACCEPTED");
		Document accepted = page("/submissions/" + second, p.childLeader());
		assertThat(accepted.select("[data-testid=submission-rounds] li")).hasSize(2);
		assertThat(accepted.select("[data-testid=submission-history] tbody tr")).hasSize(2);
		assertThat(notifications(p.childOffice(), "/submissions/" + second)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where entity_type like '%Submission' "
				+ "and entity_id = ?", Integer.class, String.valueOf(second))).isGreaterThanOrEqualTo(2);
	}

	@Test
	void onlyADraftIsRefusedAndACommitteeWithoutParentHasNothingToSend() throws Exception {
		Province p = fixture.province();
		String page = mvc.perform(post(p.sendPage() + "/report").with(as(p.childOffice())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".alert-danger, .invalid-feedback").text())
			.contains("Chọn báo cáo tổng kết cần gửi.");
		assertThat(count(p)).isZero();

		mvc.perform(post("/campaigns/" + p.child().campaignId() + "/send-upward/report")
			.param("reportId", String.valueOf(Long.MAX_VALUE)).with(as(p.childOffice())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(count(p)).isZero();
	}

	private Long send(Province p, CurrentUser office) throws Exception {
		MvcResult result = mvc.perform(post(p.sendPage() + "/report").param("reportId", p.reportId().toString())
			.with(as(office)).with(csrf())).andExpect(redirectedUrlPattern("/submissions/*")).andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions act(Long id, String step, CurrentUser user)
			throws Exception {
		return mvc.perform(post("/submissions/" + id + "/" + step).param("version", version(id)).with(as(user))
			.with(csrf()));
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private List<Long> queue(CurrentUser user, String query) throws Exception {
		return page("/submissions" + query, user).select("[data-submission]").stream()
			.map(e -> Long.valueOf(e.attr("data-submission"))).toList();
	}

	private String statusOf(Long id) {
		return jdbc.queryForObject("select status from upward_submissions where id = ?", String.class, id);
	}

	private String version(Long id) {
		return String.valueOf(jdbc.queryForObject("select version from upward_submissions where id = ?", Long.class, id));
	}

	private int steps(Long id) {
		return jdbc.queryForObject("select count(*) from upward_submission_transitions where submission_id = ?",
				Integer.class, id);
	}

	private int count(Province p) {
		return jdbc.queryForObject("select count(*) from upward_submissions where campaign_id = ?", Integer.class,
				p.campaignId());
	}

	private int notifications(CurrentUser user, String link) {
		return jdbc.queryForObject("select count(*) from notifications where user_id = ? and link = ?", Integer.class,
				user.id(), link);
	}

	private static List<String> zipEntries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}
}
