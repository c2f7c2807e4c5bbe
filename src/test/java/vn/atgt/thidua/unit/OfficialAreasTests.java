package vn.atgt.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The official list of administrative units (issue 18, item 5): the shipped CSV holds 34 provinces and 3,321 communes
 * and wards; loading Lai Châu twice creates nothing the second time; the former Tam Đường communes link to their
 * official successors.
 */
@ThiDuaIntegrationTest
class OfficialAreasTests {

	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	@Autowired
	OfficialAreas official;

	@Autowired
	AreaService areas;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void theShippedListHoldsThe34ProvincesAnd3321CommunesAndWards() {
		assertThat(official.provinces()).hasSize(34);
		assertThat(official.provinces()).extracting(OfficialProvince::name).contains("Lai Châu", "Nghệ An",
				"Thành phố Hồ Chí Minh");
		assertThat(official.communeCount()).isEqualTo(3321);
		assertThat(OfficialAreas.read("successions.csv")).hasSize(10977);
	}

	@Test
	void loadingLaiChauTwiceCreatesNothingTheSecondTime() {
		official.load("12", true);
		OfficialAreasPlan again = official.plan("12", true);
		assertThat(again.created()).isZero();
		assertThat(again.existingCommunes()).isEqualTo(38);
		assertThat(official.load("12", true).created()).isZero();
		assertThat(areas.search("tan phong", null, LocalDate.of(2025, 7, 1), PageRequest.of(0, 50)).getContent())
			.filteredOn(a -> "03408".equals(a.officialCode())).hasSize(1);
	}

	@Test
	void theFormerTamDuongCommunesLinkToTheirOfficialSuccessors() {
		official.load("12", true);
		assertThat(successorsOf("Nà Tăm")).containsExactly("Xã Bản Bo");
		assertThat(successorsOf("Bản Bo")).containsExactly("Xã Bản Bo");
		assertThat(successorsOf("Thèn Sin")).containsExactly("Xã Sin Suối Hồ");
		assertThat(successorsOf("Hồ Thầu")).containsExactly("Xã Tả Lèng");
		assertThat(successorsOf("Bản Giang")).containsExactly("Phường Tân Phong");
	}

	@Test
	void anAdministratorPreviewsThenLoadsAndTheOthersMayNot() throws Exception {
		mvc.perform(get("/admin/areas/official").param("province", "12").param("former", "true")
			.with(as(users.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Xem trước: Lai Châu")));
		mvc.perform(post("/admin/areas/official").param("province", "12").param("former", "true").with(csrf())
			.with(as(users.admin())))
			.andExpect(status().is3xxRedirection());
		assertThat(official.plan("12", true).created()).isZero();
		mvc.perform(get("/admin/areas/official").with(as(users.office()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/areas/official").param("province", "12").with(csrf()).with(as(users.leader())))
			.andExpect(status().isForbidden());
	}

	/** The successors of the former commune of that name in the former district of Tam Đường. */
	private List<String> successorsOf(String name) {
		AreaRow district = areas.search("tam duong", null, LAST_DAY, PageRequest.of(0, 50)).getContent().stream()
			.filter(a -> a.displayName().equals("Huyện Tam Đường") && "Lai Châu".equals(a.parentName()))
			.findFirst().orElseThrow();
		AreaRow commune = areas.childrenOn(district.id(), LAST_DAY).stream()
			.filter(a -> a.name().equals(name)).findFirst().orElseThrow();
		return areas.successionsOf(commune.id()).stream()
			.filter(s -> s.predecessorId().equals(commune.id()))
			.map(SuccessionRow::successorName).toList();
	}
}
