package vn.atgt.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.ScoringFixture.Movement;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Who may do what, endpoint by endpoint. Another unit's user gets 403 or 404 on every read and write of a unit's score
 * and the score stays as it was; units never build the table nor see the ranking or its export; an officer does not
 * submit; a leader reads everything and changes nothing; the office does not write a unit's self-score; a unit of
 * another committee does not see the campaign's table.
 */
@ThiDuaIntegrationTest
class ScoringPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScoringFixture fixture;

	Movement m;
	Long policeScore;
	Long criterion;
	Long exclusion;
	Long grade;

	@BeforeEach
	void scored() {
		m = fixture.movementWithTable();
		policeScore = fixture.submitted(m, m.police(), fixture.points(m, "10", "10", "25", "40"));
		fixture.scores.start(m.commune().officer(), m.campaignId());
		ScoreTableView t = fixture.table(m.campaignId());
		criterion = t.criteria().get(1).id();
		exclusion = t.exclusions().get(0).id();
		grade = t.grades().get(0).id();
	}

	List<String> scoreReads(Long scoreId) {
		return List.of("/scores/" + scoreId);
	}

	List<AbstractMockHttpServletRequestBuilder<?>> scoreWrites(Long scoreId, long version) {
		String s = "/scores/" + scoreId;
		return List.of(
				post(s).param("version", "" + version).param("points[" + criterion + "]", "1"),
				post(s + "/submit").param("version", "" + version).param("points[" + criterion + "]", "1"),
				post(s + "/review").param("version", "" + version).param("points[" + criterion + "]", "1")
					.param("comments[" + criterion + "]", "x"),
				post(s + "/accept").param("version", "" + version),
				post(s + "/return").param("version", "" + version).param("reason", "Trả lại"),
				post(s + "/reopen").param("version", "" + version).param("reason", "Mở lại"),
				post(s + "/exclude").param("version", "" + version).param("exclusionId", "" + exclusion)
					.param("note", "Căn cứ"),
				post(s + "/include").param("version", "" + version).param("reason", "Bỏ"));
	}

	List<String> tableReads() {
		String t = m.tablePage();
		return List.of(t + "/settings", t + "/criteria/new", t + "/criteria/" + criterion + "/edit", t + "/import");
	}

	List<AbstractMockHttpServletRequestBuilder<?>> tableWrites(long version) {
		String t = m.tablePage();
		return List.of(
				post(t + "/settings").param("title", "X").param("totalPoints", "100").param("passMark", "50")
					.param("version", "" + version),
				post(t + "/criteria").param("number", "6.").param("text", "X").param("kind", "CRITERION")
					.param("maxPoints", "1").param("version", "" + version),
				post(t + "/criteria/" + criterion + "/edit").param("number", "1.1").param("text", "X")
					.param("kind", "CRITERION").param("maxPoints", "1").param("version", "" + version),
				post(t + "/criteria/" + criterion + "/delete").param("version", "" + version),
				post(t + "/exclusions").param("text", "X").param("version", "" + version),
				post(t + "/exclusions/" + exclusion + "/delete").param("version", "" + version),
				post(t + "/grades").param("name", "Khá").param("minPoints", "65").param("version", "" + version),
				post(t + "/grades/" + grade + "/delete").param("version", "" + version),
				multipart(t + "/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
						new byte[] { 1, 2 })),
				post(t + "/import/confirm").param("token", "x"),
				post(t + "/copy").param("sourceId", "" + m.campaignId()));
	}

	int status(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser user) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse().getStatus();
	}

	@Test
	void anotherUnitNeitherReadsNorWritesAUnitsScore() throws Exception {
		long version = fixture.view(m, policeScore).version();
		for (CurrentUser other : List.of(m.commune().officer(), m.commune().head())) {
			for (String url : scoreReads(policeScore)) {
				assertThat(status(get(url), other)).as(url).isEqualTo(404);
			}
			for (AbstractMockHttpServletRequestBuilder<?> write : scoreWrites(policeScore, version)) {
				assertThat(status(write, other)).as(write.toString()).isIn(403, 404);
			}
		}
		assertThat(fixture.view(m, policeScore).version()).isEqualTo(version);
		assertThat(fixture.view(m, policeScore).status()).isEqualTo(ScoreStatus.SUBMITTED);
	}

	@Test
	void unitsNeitherBuildTheTableNorSeeTheRanking() throws Exception {
		long version = fixture.version(m);
		for (CurrentUser unit : List.of(m.police().head(), m.commune().officer())) {
			for (String url : tableReads()) {
				assertThat(status(get(url), unit)).as(url).isEqualTo(403);
			}
			for (AbstractMockHttpServletRequestBuilder<?> write : tableWrites(version)) {
				assertThat(status(write, unit)).as(write.toString()).isEqualTo(403);
			}
			assertThat(status(get(m.ranking() + "/export"), unit)).isEqualTo(403);
			assertThat(mvc.perform(get(m.ranking()).with(as(unit))).andReturn().getResponse().getRedirectedUrl())
				.startsWith("/scores/");
		}
		assertThat(fixture.version(m)).isEqualTo(version);
	}

	@Test
	void aLeaderReadsEverythingAndChangesNothing() throws Exception {
		CurrentUser leader = m.leader();
		assertThat(status(get("/scores/" + policeScore), leader)).isEqualTo(200);
		assertThat(status(get(m.ranking()), leader)).isEqualTo(200);
		assertThat(status(get(m.ranking() + "/export"), leader)).isEqualTo(200);
		assertThat(status(get(m.tablePage()), leader)).isEqualTo(200);
		long version = fixture.view(m, policeScore).version();
		for (AbstractMockHttpServletRequestBuilder<?> write : scoreWrites(policeScore, version)) {
			assertThat(status(write, leader)).as(write.toString()).isEqualTo(403);
		}
		for (AbstractMockHttpServletRequestBuilder<?> write : tableWrites(fixture.version(m))) {
			assertThat(status(write, leader)).as(write.toString()).isEqualTo(403);
		}
		assertThat(fixture.view(m, policeScore).version()).isEqualTo(version);
	}

	@Test
	void anOfficerPreparesButDoesNotSubmitAndTheOfficeDoesNotWriteTheSelfScore() throws Exception {
		Long commune = fixture.queries.tablePage(m.commune().officer(), m.campaignId()).ownScoreId();
		long version = fixture.view(m, commune).version();
		assertThat(status(post("/scores/" + commune + "/submit").param("version", "" + version)
			.param("points[" + criterion + "]", "1"), m.commune().officer())).isEqualTo(403);
		assertThat(status(post("/scores/" + commune).param("version", "" + version)
			.param("points[" + criterion + "]", "1"), m.office())).isEqualTo(403);
		assertThat(fixture.view(m, commune).version()).isEqualTo(version);
		assertThat(status(post("/campaigns/" + m.campaignId() + "/scores/start"), m.office())).isEqualTo(403);
	}

	@Test
	void aUnitOfAnotherCommitteeDoesNotSeeTheCampaignsScoring() throws Exception {
		Movement other = fixture.movement();
		CurrentUser stranger = other.police().head();
		assertThat(status(get(m.tablePage()), stranger)).isEqualTo(404);
		assertThat(status(get(m.tablePage() + "/export"), stranger)).isEqualTo(404);
		assertThat(status(get("/scores/" + policeScore), stranger)).isEqualTo(404);
		assertThat(status(post("/campaigns/" + m.campaignId() + "/scores/start"), stranger)).isIn(403, 404);
	}
}
