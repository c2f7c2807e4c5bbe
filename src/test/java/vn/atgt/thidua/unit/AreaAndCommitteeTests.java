package vn.atgt.thidua.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class AreaAndCommitteeTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	AreaService areas;

	@Autowired
	CommitteeService committees;

	CurrentUser admin;

	@BeforeEach
	void signIn() {
		admin = users.admin();
	}

	@Test
	void aCycleInTheAreaTreeIsAFieldErrorAndWritesNothing() throws Exception {
		Long district = units.area("Huyện Vòng " + TestUnits.uniqueCode("A"), "DISTRICT", null);
		Long commune = units.area("Xã Con", "COMMUNE", district);
		AreaRow before = areas.get(district);
		mvc.perform(post("/admin/areas/" + district).with(as(admin)).with(csrf())
			.param("name", before.name()).param("levelId", before.levelId().toString())
			.param("parentId", commune.toString()).param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "parentId", "area.parent.cycle"));
		assertThat(areas.get(district).parentId()).isNull();
	}

	@Test
	void validityEndBeforeStartAndBadDatesAreFieldErrors() throws Exception {
		mvc.perform(post("/admin/areas").with(as(admin)).with(csrf()).param("name", "Xã Sai Ngày")
			.param("levelId", units.levelId("COMMUNE").toString()).param("validFrom", "01/07/2025")
			.param("validTo", "30/06/2025").param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "validTo", "area.validTo.beforeFrom"));
		mvc.perform(post("/admin/areas").with(as(admin)).with(csrf()).param("name", "Xã Sai Ngày")
			.param("levelId", units.levelId("COMMUNE").toString()).param("validFrom", "31/02/2025")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "validFrom"))
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
	}

	@Test
	void duplicateOfficialCodeIsRefused() throws Exception {
		String code = String.valueOf(System.nanoTime() % 100_000_000);
		areas.create(new AreaCommand("Mã Trùng", code, units.levelId("COMMUNE"), null, null, null));
		mvc.perform(post("/admin/areas").with(as(admin)).with(csrf()).param("name", "Mã Trùng Hai")
			.param("officialCode", code).param("levelId", units.levelId("COMMUNE").toString()).param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "officialCode", "area.code.taken"));
	}

	@Test
	void mergedCommunesKeepTheir2024ShapeAndLaterDatesSeeTheSuccessor() throws Exception {
		Long district = units.area("Tam Đường " + TestUnits.uniqueCode("D"), "DISTRICT", null);
		Long banBo = units.area("Bản Bo", "COMMUNE", district);
		Long banHon = units.area("Bản Hon", "COMMUNE", district);
		Long newBanBo = areas.create(new AreaCommand("Bản Bo", null, units.levelId("COMMUNE"), null, REFORM, null));
		mvc.perform(post("/admin/areas/" + banBo + "/successions").with(as(admin)).with(csrf())
			.param("successorId", newBanBo.toString()).param("effectiveDate", "01/07/2025"))
			.andExpect(status().is3xxRedirection());
		areas.addSuccession(banHon, newBanBo, REFORM);

		assertThat(areas.childrenOn(district, LocalDate.of(2024, 8, 1))).extracting(AreaRow::id)
			.containsExactlyInAnyOrder(banBo, banHon);
		assertThat(areas.childrenOn(district, LocalDate.of(2025, 8, 1))).isEmpty();
		assertThat(areas.get(banBo).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(areas.successionsOf(newBanBo)).extracting(SuccessionRow::predecessorId)
			.containsExactlyInAnyOrder(banBo, banHon);
		mvc.perform(get("/admin/areas/" + newBanBo + "/edit").with(as(admin)))
			.andExpect(content().string(containsString("Xã Bản Hon → Xã Bản Bo từ ngày 01/07/2025")));
	}

	@Test
	void committeeKeepsItsSignatureBlockAndMembers() throws Exception {
		Long committee = units.committee("Phong Thổ " + TestUnits.uniqueCode("C"));
		CurrentUser admin = users.admin(committee); // an administrator keeps her own committee only (issue 18)
		UnitSummary office = units.unit("Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind.AGENCY, committee);
		CommitteeView view = committees.get(committee);
		mvc.perform(post("/admin/committees/" + committee).with(as(admin)).with(csrf())
			.param("name", view.name()).param("areaId", view.areaId().toString())
			.param("standingOfficeUnitId", office.id().toString()).param("parentBody", "UBND XÃ PHONG THỔ")
			.param("issuingBody", "BAN AN TOÀN GIAO THÔNG").param("issuerCode", "BATGT").param("placeName", "Phong Thổ")
			.param("signatureAuthority", "KT. TRƯỞNG BAN").param("signerTitle", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC")
			.param("signerName", "Nguyễn Văn Ký").param("defaultRecipients", "Như trên;\nLưu: VT.")
			.param("version", String.valueOf(view.version())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/committees/" + committee + "/members").with(as(admin)).with(csrf())
			.param("personName", "Giàng A Páo").param("position", "Trưởng Công an xã").param("role", "DEPUTY")
			.param("sortOrder", "2").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/committees/" + committee + "/members").with(as(admin)).with(csrf())
			.param("personName", "").param("role", "MEMBER").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("member", "personName"));
		mvc.perform(post("/admin/committees/" + committee + "/members").with(as(admin)).with(csrf())
			.param("personName", "Ai Đó").param("role", "KHONG_CO").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("member", "role"));

		CommitteeView saved = committees.get(committee);
		assertThat(saved.standingOfficeName()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
		assertThat(saved.signatureAuthority()).isEqualTo("KT. TRƯỞNG BAN");
		assertThat(saved.recipientLines()).containsExactly("Như trên;", "Lưu: VT.");
		assertThat(saved.members()).extracting(CommitteeMemberRow::personName, CommitteeMemberRow::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Giàng A Páo", CommitteeRole.DEPUTY));
	}

	@Test
	void aCommitteeSitsUnderItsParentAndNeverUnderItselfOrItsChildren() {
		Long province = units.committee("Lai Châu " + TestUnits.uniqueCode("P"));
		Long commune = units.committee("Bình Lư " + TestUnits.uniqueCode("X"));
		Long village = units.committee("Bản Bo " + TestUnits.uniqueCode("X"));
		committees.placeUnder(commune, province);
		committees.placeUnder(village, commune);

		assertThat(committees.children(province)).extracting(CommitteeSummary::id).containsExactly(commune);
		assertThat(committees.parentOf(commune)).map(CommitteeSummary::id).contains(province);
		assertThat(committees.parentOf(province)).isEmpty();
		for (Long below : new Long[] { province, village }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> committees.placeUnder(province, below))
				.isInstanceOfSatisfying(vn.atgt.thidua.common.FieldException.class,
						e -> assertThat(e.getMessage()).contains("committee.parent.cycle"));
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> committees.placeUnder(province, -1L))
			.isInstanceOf(vn.atgt.thidua.common.FieldException.class);
		assertThat(committees.parentOf(province)).isEmpty();
	}
}
