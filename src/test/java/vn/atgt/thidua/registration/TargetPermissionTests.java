package vn.atgt.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.registration.TargetFixture.Movement;
import vn.atgt.thidua.registration.TargetFixture.RegistrationBuilder;

/**
 * Who may do what with a registration. A user of unit A gets 403 or 404 on every read and write of unit B's
 * registration, whatever ids she puts in the URL or the form, and B's registration is left as it was; an officer
 * prepares but does not submit; a leader reads everything and changes nothing; the office decides but does not
 * prepare a unit's targets.
 */
@ThiDuaIntegrationTest
class TargetPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TargetFixture fixture;

	Movement m;
	RegistrationBuilder banBo;
	RegistrationBuilder police;
	Long policeTarget;
	Long banBoTarget;
	Long suggestion;

	@BeforeEach
	void twoUnits() {
		m = fixture.movement();
		suggestion = fixture.suggest(m, 4, "Số buổi tuyên truyền lưu động", "buổi", TargetDirection.AT_LEAST);
		banBo = fixture.registration(m, m.banBo()).withTypicalTargets();
		police = fixture.registration(m, m.police()).withTypicalTargets().submitted();
		policeTarget = police.view().targets().get(0).id();
		banBoTarget = banBo.view().targets().get(0).id();
	}

	/** Every GET of the module for unit B's registration. */
	List<String> readsOf(Long unitId, Long targetId) {
		String unit = m.page() + "/units/" + unitId;
		return List.of(unit, unit + "/export", unit + "/new", unit + "/new?kind=MILESTONE",
				unit + "/new?suggestion=" + suggestion, unit + "/targets/" + targetId + "/edit", unit + "/import",
				unit + "/return", unit + "/reopen");
	}

	/** Every POST of the module for unit B's registration, each with a complete form. */
	List<AbstractMockHttpServletRequestBuilder<?>> writesOf(Long unitId, Long targetId, long version) {
		String unit = m.page() + "/units/" + unitId;
		return List.of(target(post(unit + "/targets")), target(post(unit + "/targets/" + targetId + "/edit")),
				post(unit + "/targets/" + targetId + "/delete").param("version", "" + version),
				post(unit + "/submit").param("version", "" + version),
				post(unit + "/approve").param("version", "" + version),
				post(unit + "/return").param("reason", "Không được ghi").param("version", "" + version),
				post(unit + "/reopen").param("reason", "Không được ghi").param("version", "" + version),
				multipart(unit + "/import").file(sheet()), post(unit + "/import/confirm").param("token", "x"));
	}

	@Test
	void aUserOfAnotherUnitGets403Or404OnEveryReadAndWriteOfTheRegistration() throws Exception {
		RegistrationView before = police.view();
		for (CurrentUser stranger : List.of(banBo.officer(), banBo.head(),
				fixture.users.create("cbldchitieu", m.banBo().id(), Role.UNIT_OFFICER, Role.UNIT_HEAD))) {
			for (String read : readsOf(m.police().id(), policeTarget)) {
				mvc.perform(get(read).with(as(stranger))).andExpect(forbiddenOrNotFound(read));
			}
			for (AbstractMockHttpServletRequestBuilder<?> write : writesOf(m.police().id(), policeTarget, before.version())) {
				mvc.perform(write.with(as(stranger)).with(csrf())).andExpect(forbiddenOrNotFound(write.toString()));
			}
		}
		RegistrationView after = police.view();
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.status()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(after.targets()).isEqualTo(before.targets());
	}

	@Test
	void aUnitUserCannotReachAnotherUnitsTargetThroughHerOwnUnitsAddresses() throws Exception {
		RegistrationView before = police.view();
		String own = m.unitPage(m.banBo());
		mvc.perform(get(own + "/targets/" + policeTarget + "/edit").with(as(banBo.officer())))
			.andExpect(status().isNotFound());
		mvc.perform(target(post(own + "/targets/" + policeTarget + "/edit")).with(as(banBo.officer())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(own + "/targets/" + policeTarget + "/delete").param("version", "0")
			.with(as(banBo.officer())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(police.view().targets()).isEqualTo(before.targets());
		assertThat(police.view().version()).isEqualTo(before.version());
	}

	@Test
	void suggestionsAndTaskAreasOfAnotherCampaignAreRefused() throws Exception {
		Movement other = fixture.movement();
		Long foreignSuggestion = fixture.suggest(other, 4, "Số buổi tuyên truyền", "buổi", TargetDirection.AT_LEAST);
		String own = m.unitPage(m.banBo());
		int count = banBo.view().targets().size();

		mvc.perform(get(own + "/new?suggestion=" + foreignSuggestion).with(as(banBo.officer())))
			.andExpect(status().isNotFound());
		mvc.perform(post(own + "/targets").with(as(banBo.officer())).with(csrf())
			.param("suggestedIndicatorId", foreignSuggestion.toString()).param("kind", "QUANTITATIVE")
			.param("targetValue", "10").param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(post(own + "/targets").param("taskAreaId", other.area(1).toString()).param("kind", "QUANTITATIVE")
			.param("indicatorName", "Chỉ tiêu sai nhiệm vụ").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "5").param("version", "0")
			.with(as(banBo.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhiệm vụ trọng tâm không thuộc phong trào này.")));
		assertThat(banBo.view().targets()).hasSize(count);
	}

	@Test
	void theUnitUsersOwnPageShowsOnlyHerUnit() throws Exception {
		mvc.perform(get(m.page()).with(as(banBo.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(m.banBo().name())))
			.andExpect(content().string(not(containsString(m.police().name()))))
			.andExpect(content().string(not(containsString("data-testid=\"registrations\""))));
		CurrentUser outsider = fixture.users.create("ngoai", fixture.testUnits.unit("Đơn vị ngoài phong trào").id(),
				Role.UNIT_OFFICER);
		mvc.perform(get(m.page()).with(as(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"not-participant\"")));
		mvc.perform(get(m.unitPage(m.banBo())).with(as(outsider))).andExpect(status().isNotFound());
	}

	@Test
	void anOfficerPreparesButOnlyTheHeadSubmits() throws Exception {
		String own = m.unitPage(m.banBo());
		mvc.perform(get(own).with(as(banBo.officer())))
			.andExpect(content().string(containsString("Chỉ lãnh đạo đơn vị gửi đăng ký thi đua.")))
			.andExpect(content().string(not(containsString("/submit"))));
		mvc.perform(post(own + "/submit").param("version", "" + banBo.view().version())
			.with(as(banBo.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(banBo.view().status()).isEqualTo(RegistrationStatus.DRAFT);
		mvc.perform(get(own).with(as(banBo.head())))
			.andExpect(content().string(containsString("/submit")));
	}

	@Test
	void aUnitHeadCannotDecideOnHerOwnRegistration() throws Exception {
		String own = m.unitPage(m.police());
		long version = police.view().version();
		for (String path : List.of("/approve", "/return", "/reopen")) {
			mvc.perform(post(own + path).param("version", "" + version).param("reason", "Tự duyệt")
				.with(as(police.head())).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(police.view().status()).isEqualTo(RegistrationStatus.SUBMITTED);
	}

	@Test
	void aLeaderReadsEverythingAndChangesNothing() throws Exception {
		CurrentUser leader = fixture.users.leader();
		mvc.perform(get(m.page()).with(as(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(m.police().name())))
			.andExpect(content().string(containsString(m.banBo().name())))
			.andExpect(content().string(not(containsString("/targets/deadline"))));
		mvc.perform(get(m.unitPage(m.police())).with(as(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/approve"))));
		mvc.perform(get(m.unitPage(m.police()) + "/export").with(as(leader))).andExpect(status().isOk());
		mvc.perform(get(m.page() + "/suggestions").with(as(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/suggestions/new"))));

		RegistrationView before = police.view();
		for (String read : readsOf(m.police().id(), policeTarget)) {
			if (read.contains("/new") || read.contains("/edit") || read.contains("/import") || read.contains("/return")
					|| read.contains("/reopen")) {
				mvc.perform(get(read).with(as(leader))).andExpect(status().isForbidden());
			}
		}
		for (AbstractMockHttpServletRequestBuilder<?> write : writesOf(m.police().id(), policeTarget, before.version())) {
			mvc.perform(write.with(as(leader)).with(csrf())).andExpect(status().isForbidden());
		}
		for (MockHttpServletRequestBuilder write : setupWrites()) {
			mvc.perform(write.with(as(leader)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(police.view()).isEqualTo(before);
		assertThat(fixture.setup.suggestions(m.campaignId())).hasSize(1);
	}

	@Test
	void unitUsersCannotSetTheRegistrationUp() throws Exception {
		for (String read : List.of(m.page() + "/suggestions", m.page() + "/suggestions/new",
				m.page() + "/suggestions/" + suggestion + "/edit", m.page() + "/deadline")) {
			mvc.perform(get(read).with(as(banBo.head()))).andExpect(status().isForbidden());
		}
		for (MockHttpServletRequestBuilder write : setupWrites()) {
			mvc.perform(write.with(as(banBo.head())).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(fixture.setup.suggestions(m.campaignId())).hasSize(1);
		assertThat(fixture.setup.deadline(m.campaignId()).deadline()).isNull();
	}

	@Test
	void theOfficeDecidesButDoesNotPrepareAUnitsTargets() throws Exception {
		String unit = m.unitPage(m.banBo());
		int count = banBo.view().targets().size();
		mvc.perform(get(unit + "/new").with(as(m.office()))).andExpect(status().isForbidden());
		mvc.perform(target(post(unit + "/targets")).with(as(m.office())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(unit + "/targets/" + banBoTarget + "/delete").param("version", "0")
			.with(as(m.office())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(banBo.view().targets()).hasSize(count);

		for (CurrentUser decider : List.of(m.office(), fixture.users.admin())) {
			mvc.perform(get(m.unitPage(m.police()) + "/return").with(as(decider))).andExpect(status().isOk());
			mvc.perform(get(m.page() + "/suggestions/new").with(as(decider))).andExpect(status().isOk());
			mvc.perform(get(m.page() + "/deadline").with(as(decider))).andExpect(status().isOk());
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get(m.page())).andExpect(status().is3xxRedirection());
		mvc.perform(get(m.unitPage(m.police()) + "/export")).andExpect(status().is3xxRedirection());
	}

	private List<MockHttpServletRequestBuilder> setupWrites() {
		String base = m.page();
		return List.of(
				post(base + "/suggestions").param("taskAreaId", m.area(1).toString()).param("name", "Không được ghi")
					.param("unitOfMeasure", "buổi").param("direction", "AT_LEAST").param("version", "0"),
				post(base + "/suggestions/" + suggestion + "/edit").param("taskAreaId", m.area(1).toString())
					.param("name", "Không được ghi").param("unitOfMeasure", "buổi").param("direction", "AT_LEAST")
					.param("version", "0"),
				post(base + "/suggestions/" + suggestion + "/delete"),
				post(base + "/deadline").param("deadline", "15/07/2024").param("version", "0"));
	}

	private MockHttpServletRequestBuilder target(MockHttpServletRequestBuilder request) {
		return request.param("taskAreaId", m.area(4).toString()).param("kind", "QUANTITATIVE")
			.param("indicatorName", "Chỉ tiêu không được ghi").param("unitOfMeasure", "buổi")
			.param("direction", "AT_LEAST").param("targetValue", "99").param("version", "0");
	}

	private static MockMultipartFile sheet() {
		return new MockMultipartFile("file", "dang-ky.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				vn.atgt.thidua.common.xlsx.Sheets.write("Dang ky", TargetImportService.HEADERS, List.of()));
	}

	private static ResultMatcher forbiddenOrNotFound(String what) {
		return result -> assertThat(result.getResponse().getStatus()).as(what).isIn(403, 404);
	}
}
