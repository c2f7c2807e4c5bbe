package vn.atgt.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.report.ReportFixture.CHECKS;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.ReportFixture.Movement;
import vn.atgt.thidua.report.ReportFixture.ReportBuilder;
import vn.atgt.thidua.report.ReportFixture.Team;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Who may do what with a report, endpoint by endpoint. A user of unit A gets 403 or 404 on every read and write of
 * unit B's report, its entries and its evidence, whatever ids she puts in the URL or the form, and B's report stays as
 * it was; an officer prepares but does not submit; a leader reads everything and changes nothing; the office decides
 * but does not write a unit's report; unit users never see the review queue.
 */
@ThiDuaIntegrationTest
class ReportPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixture fixture;

	Movement m;
	Team police;
	Team banBo;
	ReportBuilder policeJuly;
	ReportBuilder banBoJuly;
	Long policeFile;

	@BeforeEach
	void twoUnits() {
		m = fixture.movement();
		police = fixture.team(m, m.police());
		banBo = fixture.team(m, m.banBo());
		policeJuly = fixture.report(m, police, 7).filled();
		fixture.reports.save(police.officer(), policeJuly.id(), policeJuly.view().version(), null,
				List.of(new EvidenceUpload(police.target(CHECKS), "anh.png", ReportFixture.png(60, 40), null)));
		policeJuly.submittedOn(19, 8);
		policeFile = policeJuly.view().evidence().get(0).id();
		banBoJuly = fixture.report(m, banBo, 7).filled();
	}

	/** Every GET of the module that names a report. */
	List<String> readsOf(Long reportId, Long fileId) {
		String report = "/reports/" + reportId;
		return List.of(report, report + "/evidence/" + fileId, report + "/evidence/" + fileId + "/thumbnail",
				report + "/return", report + "/reopen");
	}

	/** Every POST of the module that names a report, each with a complete form. */
	List<AbstractMockHttpServletRequestBuilder<?>> writesOf(Long reportId, Long fileId, long version) {
		String report = "/reports/" + reportId;
		return List.of(
				multipart(report).param("version", "" + version).param("values[" + police.target(CHECKS) + "]", "1"),
				multipart(report).file(new MockMultipartFile("evidence", "x.png", "image/png", ReportFixture.png(5, 5)))
					.param("version", "" + version),
				multipart(report + "/submit").param("version", "" + version),
				post(report + "/evidence/" + fileId + "/delete").param("version", "" + version),
				post(report + "/accept").param("version", "" + version),
				post(report + "/quick-return").param("version", "" + version).param("reason", "Không được ghi"),
				post(report + "/return").param("version", "" + version).param("reason", "Không được ghi"),
				post(report + "/reopen").param("version", "" + version).param("reason", "Không được ghi"));
	}

	@Test
	void aUserOfAnotherUnitGets403Or404OnEveryReadAndWriteOfTheReportItsEntriesAndItsEvidence() throws Exception {
		ReportView before = policeJuly.view();
		for (CurrentUser stranger : List.of(banBo.officer(), banBo.head(),
				fixture.users.create("cbldbaocao", m.banBo().id(), Role.UNIT_OFFICER, Role.UNIT_HEAD))) {
			for (String read : readsOf(policeJuly.id(), policeFile)) {
				mvc.perform(get(read).with(as(stranger))).andExpect(forbiddenOrNotFound(read));
			}
			for (AbstractMockHttpServletRequestBuilder<?> write : writesOf(policeJuly.id(), policeFile, before.version())) {
				mvc.perform(write.with(as(stranger)).with(csrf())).andExpect(forbiddenOrNotFound(write.toString()));
			}
		}
		assertUnchanged(before);
	}

	@Test
	void anotherUnitsEntriesAndEvidenceCannotBeReachedThroughTheUsersOwnReport() throws Exception {
		ReportView before = policeJuly.view();
		String own = "/reports/" + banBoJuly.id();
		mvc.perform(get(own + "/evidence/" + policeFile).with(as(banBo.officer()))).andExpect(status().isNotFound());
		mvc.perform(get(own + "/evidence/" + policeFile + "/thumbnail").with(as(banBo.officer())))
			.andExpect(status().isNotFound());
		mvc.perform(post(own + "/evidence/" + policeFile + "/delete").param("version", "" + banBoJuly.view().version())
			.with(as(banBo.officer())).with(csrf())).andExpect(status().isNotFound());
		// a value posted for the police's target on the own report is not written anywhere
		mvc.perform(multipart(own).param("version", "" + banBoJuly.view().version())
			.param("values[" + police.target(CHECKS) + "]", "99999").with(as(banBo.officer())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(ReportPagesTests.entry(policeJuly.view(), police.target(CHECKS)).periodValue()).isEqualByComparingTo("420");
		assertThat(banBoJuly.view().entries()).noneMatch(e -> e.targetId().equals(police.target(CHECKS)));
		assertThat(fixture.queries.report(m.office(), policeJuly.id()).evidence()).hasSize(1);
		assertUnchanged(before);
	}

	@Test
	void anOfficerPreparesButOnlyTheHeadSubmits() throws Exception {
		String report = "/reports/" + banBoJuly.id();
		mvc.perform(multipart(report).param("version", "" + banBoJuly.view().version())
			.param("values[" + banBo.target(CHECKS) + "]", "430").with(as(banBo.officer())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart(report + "/submit").param("version", "" + banBoJuly.view().version())
			.with(as(banBo.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(banBoJuly.view().status()).isEqualTo(ReportStatus.DRAFT);
		mvc.perform(multipart(report + "/submit").param("version", "" + banBoJuly.view().version())
			.with(as(banBo.head())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(banBoJuly.view().status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void aLeaderReadsEveryPageAndFileButChangesNothing() throws Exception {
		CurrentUser leader = fixture.users.leader();
		ReportView before = policeJuly.view();
		for (String read : List.of("/reports/" + policeJuly.id(), "/reports/" + policeJuly.id() + "/evidence/" + policeFile,
				"/reports/" + policeJuly.id() + "/evidence/" + policeFile + "/thumbnail", m.reportsPage(), m.reviewPage())) {
			mvc.perform(get(read).with(as(leader))).andExpect(status().isOk());
		}
		mvc.perform(get("/reports/" + policeJuly.id()).with(as(leader)))
			.andExpect(content().string(not(containsString("/accept"))))
			.andExpect(content().string(not(containsString("name=\"values["))));
		for (String form : List.of("/reports/" + policeJuly.id() + "/return", "/reports/" + policeJuly.id() + "/reopen")) {
			mvc.perform(get(form).with(as(leader))).andExpect(status().isForbidden());
		}
		for (AbstractMockHttpServletRequestBuilder<?> write : writesOf(policeJuly.id(), policeFile, before.version())) {
			mvc.perform(write.with(as(leader)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post(m.reportsPage() + "/open").param("periodId", m.month(8).id().toString()).with(as(leader))
			.with(csrf())).andExpect(status().isForbidden());
		assertUnchanged(before);
	}

	@Test
	void theOfficeDecidesButDoesNotWriteOrOpenAUnitsReport() throws Exception {
		ReportView before = banBoJuly.view();
		String report = "/reports/" + banBoJuly.id();
		mvc.perform(multipart(report).param("version", "" + before.version())
			.param("values[" + banBo.target(CHECKS) + "]", "1").with(as(m.office())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart(report + "/submit").param("version", "" + before.version()).with(as(m.office())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(m.reportsPage() + "/open").param("periodId", m.month(8).id().toString()).with(as(m.office()))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(banBoJuly.view().version()).isEqualTo(before.version());
		mvc.perform(get(report).with(as(m.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"values["))));
		CurrentUser admin = fixture.users.admin();
		mvc.perform(post("/reports/" + policeJuly.id() + "/accept").param("version", "" + policeJuly.view().version())
			.with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(policeJuly.view().status()).isEqualTo(ReportStatus.ACCEPTED);
	}

	@Test
	void aUnitUserNeitherDecidesNorSeesTheQueueAndListsOnlyHerUnit() throws Exception {
		ReportView before = policeJuly.view();
		for (CurrentUser unitUser : List.of(police.head(), police.officer())) {
			mvc.perform(get(m.reviewPage()).with(as(unitUser))).andExpect(status().isForbidden());
			mvc.perform(get("/reports/" + policeJuly.id() + "/return").with(as(unitUser))).andExpect(status().isForbidden());
			mvc.perform(post("/reports/" + policeJuly.id() + "/accept").param("version", "" + before.version())
				.with(as(unitUser)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/reports/" + policeJuly.id() + "/return").param("version", "" + before.version())
				.param("reason", "Tự trả lại").with(as(unitUser)).with(csrf())).andExpect(status().isForbidden());
		}
		assertUnchanged(before);
		mvc.perform(get(m.reportsPage()).with(as(banBo.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"unit-reports\"")))
			.andExpect(content().string(not(containsString("/reports/" + policeJuly.id() + "\""))))
			.andExpect(content().string(not(containsString(m.police().name()))));

		CurrentUser outsider = fixture.users.create("ngoaibaocao", fixture.testUnits.unit("Đơn vị ngoài phong trào").id(),
				Role.UNIT_OFFICER, Role.UNIT_HEAD);
		mvc.perform(get(m.reportsPage()).with(as(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"not-participant\"")));
		mvc.perform(post(m.reportsPage() + "/open").param("periodId", m.month(7).id().toString()).with(as(outsider))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/reports/" + policeJuly.id()).with(as(outsider))).andExpect(status().isNotFound());
		Movement other = fixture.movement();
		mvc.perform(post(m.reportsPage() + "/open").param("periodId", other.month(7).id().toString())
			.with(as(banBo.officer())).with(csrf())).andExpect(status().isNotFound());
	}

	private void assertUnchanged(ReportView before) {
		ReportView after = policeJuly.view();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.status()).isEqualTo(before.status());
		assertThat(after.entries()).isEqualTo(before.entries());
		assertThat(after.evidence()).isEqualTo(before.evidence());
		assertThat(after.history()).isEqualTo(before.history());
	}

	private static ResultMatcher forbiddenOrNotFound(String what) {
		return result -> assertThat(result.getResponse().getStatus()).as(what).isIn(403, 404);
	}
}
