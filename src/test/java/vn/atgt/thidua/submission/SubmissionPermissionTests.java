package vn.atgt.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.submission.SubmissionFixture.Province;
import vn.atgt.thidua.submission.internal.Submission;
import vn.atgt.thidua.submission.internal.SubmissionRepository;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * Who may do what with a sending ({@link SubmissionAccess}), per endpoint: the child's and the parent's office,
 * leaders read; only the child's office sends and only the parent's office receives, returns and accepts (403 for the
 * others of either committee); a sibling commune, an unrelated committee, the child looking at what its parent sent
 * further up and the system administrator are told it does not exist (404).
 */
@ThiDuaIntegrationTest
class SubmissionPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubmissionFixture fixture;

	@Autowired
	SubmissionService submissions;

	@Autowired
	SubmissionRepository repository;

	@Autowired
	CommitteeService committees;

	@Autowired
	TestUnits units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anotherCommitteeGets404OnEveryEndpointAndOnlyTheRightOfficeActs() throws Exception {
		Province p = fixture.province();
		Long id = submissions.sendReport(p.childOffice(), p.campaignId(), p.reportId());
		Long file = jdbc.queryForObject("select min(id) from upward_submission_files where submission_id = ?",
				Long.class, id);
		String item = "/submissions/" + id;
		List<String> reads = List.of(item, item + "/files/" + file, item + "/zip");
		List<String> steps = List.of(item + "/receive", item + "/return", item + "/accept");

		for (CurrentUser stranger : List.of(p.siblingOffice(), p.strangerOffice(), p.systemAdmin())) {
			for (String url : reads) {
				assertThat(get(url, stranger)).as(url + " as " + stranger.username()).isEqualTo(404);
			}
			for (String url : steps) {
				assertThat(post(url, stranger)).as(url + " as " + stranger.username()).isEqualTo(404);
			}
			assertThat(get(p.sendPage(), stranger)).isEqualTo(404);
			assertThat(post(p.sendPage() + "/report", stranger)).isEqualTo(404);
			assertThat(post(p.sendPage() + "/dossier", stranger)).isEqualTo(404);
		}
		// the parent reads the child's sending but never sends for it: the child's campaign is not its own
		assertThat(get(p.sendPage(), p.parentOffice())).isEqualTo(404);
		assertThat(post(p.sendPage() + "/report", p.parentOffice())).isEqualTo(404);

		for (CurrentUser reader : List.of(p.parentOffice(), p.parentLeader(), p.childOffice(), p.childLeader())) {
			for (String url : reads) {
				assertThat(get(url, reader)).as(url + " as " + reader.username()).isEqualTo(200);
			}
		}
		for (CurrentUser notTheReceiver : List.of(p.parentLeader(), p.childOffice(), p.childLeader())) {
			for (String url : steps) {
				assertThat(post(url, notTheReceiver)).as(url + " as " + notTheReceiver.username()).isEqualTo(403);
			}
		}
		assertThat(post(p.sendPage() + "/report", p.childLeader())).isEqualTo(403);
		assertThat(get(item, p.childUnitOfficer())).isEqualTo(403);
		assertThat(get("/submissions", p.systemAdmin())).isEqualTo(403);
		assertThat(get("/submissions/sent", p.systemAdmin())).isEqualTo(403);
		assertThat(jdbc.queryForObject("select status from upward_submissions where id = ?", String.class, id))
			.isEqualTo("SENT");
	}

	@Test
	void theChildDoesNotSeeWhatItsParentSentFurtherUp() throws Exception {
		Province p = fixture.province();
		Long grandparent = units.committee("Trung ương " + TestUnits.uniqueCode("G"));
		committees.placeUnder(p.parentId(), grandparent);
		Long childSending = submissions.sendReport(p.childOffice(), p.campaignId(), p.reportId());
		Long stored = jdbc.queryForObject("select min(stored_file_id) from upward_submission_files where submission_id = ?",
				Long.class, childSending);
		Long parentSending = repository.save(new Submission(p.campaignId(), p.parentId(), grandparent,
				SubmissionKind.YEAR_END_REPORT, "tinh", "Báo cáo tổng kết của tỉnh", 1,
				List.of(new FrozenFile("bao-cao.docx", "Báo cáo", stored)),
				new Actor("tinh", "Văn phòng tỉnh", java.time.Instant.now()))).getId();
		assertThat(get("/submissions/" + parentSending, p.childOffice())).isEqualTo(404);
		assertThat(get("/submissions/" + parentSending, p.parentLeader())).isEqualTo(200);
		assertThat(get("/submissions/" + parentSending, p.siblingOffice())).isEqualTo(404);
	}

	private int get(String url, CurrentUser user) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(as(user)))
			.andReturn().getResponse().getStatus();
	}

	private int post(String url, CurrentUser user) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.param("version", "0").param("reason", "Lý do").with(as(user)).with(csrf())).andReturn().getResponse()
			.getStatus();
	}
}
