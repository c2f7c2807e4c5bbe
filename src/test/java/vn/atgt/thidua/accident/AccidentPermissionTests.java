package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Everyone signed in reads the comparison and the black-spot register; only the standing office, administrators and
 * the users of the committee's police unit enter figures and keep the register, and only the office confirms and
 * reopens. Every other action answers 403 and writes nothing — for another unit's users, leaders, and the police of
 * another committee.
 */
@ThiDuaIntegrationTest
class AccidentPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Autowired
	AccidentService accidents;

	@Autowired
	AccidentQueries queries;

	@Autowired
	BlackSpotService blackSpots;

	@Autowired
	BlackSpotQueries blackSpotQueries;

	@Autowired
	BlackSpotFileService blackSpotFiles;

	/** Someone who reads the register (everyone signed in of its committee does), made once per test. */
	CurrentUser reader;

	CurrentUser reader() {
		if (reader == null) {
			reader = users.leader(ban.committeeId()); // of the ban's committee: the others' is not found
		}
		return reader;
	}

	Ban ban;
	String base;
	String spot;
	long version;

	@BeforeEach
	void figuresAndASpot() {
		ban = fixture.ban(1);
		fixture.confirmed(ban, "2024-07", AccidentFigures.of(1, 0, 1));
		fixture.saved(ban, "2024-08", AccidentFigures.of(2, 0, 0));
		version = fixture.version(ban, "2024-08");
		base = "/campaigns/" + ban.campaignId();
		Long spotId = blackSpots.create(users.office(), ban.campaignId(), new BlackSpotCommand(BlackSpotKind.BLACK_SPOT,
				"Đường cong Km 12", "QL4D", "Km 12", ban.townId(), null, null, LocalDate.of(2024, 3, 1), null, null,
				null, null, null, null, null));
		blackSpotFiles.add(users.office(), ban.campaignId(), spotId, List.of(new BlackSpotFileService.Upload(
				"bien-ban.pdf",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes())));
		spot = base + "/black-spots/" + spotId;
	}

	Long fileId() {
		return blackSpotQueries.spot(reader(), ban.campaignId(),
				Long.valueOf(spot.substring(spot.lastIndexOf('/') + 1)))
			.files()
			.get(0)
			.id();
	}

	List<String> reads() {
		return List.of(base + "/accidents", base + "/accidents?scope=2024-07", base + "/black-spots",
				base + "/black-spots/export", spot, spot + "/files/" + fileId());
	}

	/** The screens that enter or change figures or the register. */
	List<String> entryScreens() {
		return List.of(base + "/accidents/2024-08", base + "/accidents/2023-07", base + "/accidents/2024-08/import",
				base + "/accidents/2024-08/import/template", base + "/black-spots/new", spot + "/edit");
	}

	List<AbstractMockHttpServletRequestBuilder<?>> changes() {
		return List.of(
				AccidentEntryTests.grid(ban, "2024-08", users.admin(), version, "x",
						AccidentEntryTests.cells(ban.townId(), Map.of("cases", "9"))),
				post(base + "/accidents/2024-08/import").param("token", "x"),
				multipart(base + "/accidents/2024-08/import").file(new MockMultipartFile("file", "a.xlsx", null,
						new byte[] { 1 })),
				post(base + "/accidents/2024-08/import/confirm").param("token", "x"),
				post(base + "/black-spots").param("name", "Điểm mới").param("kind", "BLACK_SPOT")
					.param("identifiedOn", "01/03/2024"),
				post(spot + "/edit").param("name", "Đổi tên").param("kind", "BLACK_SPOT")
					.param("identifiedOn", "01/03/2024").param("version", "0"),
				post(spot + "/status").param("status", "BEING_TREATED").param("note", "x").param("version", "0"),
				multipart(spot + "/files").file(new MockMultipartFile("files", "a.pdf", null, "%PDF-1.4".getBytes())),
				post(spot + "/files/" + fileId() + "/delete"));
	}

	List<AbstractMockHttpServletRequestBuilder<?>> officeActions() {
		return List.of(post(base + "/accidents/2024-08/confirm").param("version", Long.toString(version)),
				post(base + "/accidents/2024-07/reopen").param("reason", "Sửa").param("version", "1"));
	}

	@Test
	void everySignedInUserReadsTheComparisonAndTheRegister() throws Exception {
		for (CurrentUser reader : List.of(fixture.otherUnit(ban), users.leader(), fixture.police(ban),
				users.office(), users.create("xa", ban.school().id(), Role.UNIT_OFFICER))) {
			for (String page : reads()) {
				mvc.perform(get(page).with(as(reader))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void otherUnitsAndLeadersChangeNothing() throws Exception {
		Ban other = fixture.ban(1);
		List<CurrentUser> outsiders = List.of(fixture.otherUnit(ban), users.leader(ban.committeeId()),
				users.create("caxa", ban.school().id(), Role.UNIT_OFFICER));
		for (CurrentUser outsider : outsiders) {
			for (String screen : entryScreens()) {
				mvc.perform(get(screen).with(as(outsider))).andExpect(status().isForbidden());
			}
			for (AbstractMockHttpServletRequestBuilder<?> change : changes()) {
				mvc.perform(change.with(as(outsider)).with(csrf())).andExpect(status().isForbidden());
			}
			for (AbstractMockHttpServletRequestBuilder<?> action : officeActions()) {
				mvc.perform(action.with(as(outsider)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		// the police of another committee: that committee's campaign does not exist for her (issue 18)
		CurrentUser stranger = fixture.police(other);
		for (String screen : entryScreens()) {
			mvc.perform(get(screen).with(as(stranger))).andExpect(status().isNotFound());
		}
		for (AbstractMockHttpServletRequestBuilder<?> change : changes()) {
			mvc.perform(change.with(as(stranger)).with(csrf())).andExpect(status().isNotFound());
		}
		assertUnchanged();
	}

	@Test
	void thePoliceEnterFiguresButDoNotConfirmOrReopenThem() throws Exception {
		CurrentUser police = fixture.police(ban);
		CurrentUser head = users.create("truongcongan", ban.police().id(), Role.UNIT_HEAD);
		for (CurrentUser user : List.of(police, head)) {
			for (String screen : entryScreens()) {
				mvc.perform(get(screen).with(as(user))).andExpect(status().isOk());
			}
			for (AbstractMockHttpServletRequestBuilder<?> action : officeActions()) {
				mvc.perform(action.with(as(user)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertUnchanged();
	}

	@Test
	void theOfficeAndAdministratorsEnterAndConfirm() throws Exception {
		for (CurrentUser user : List.of(users.office(), users.admin())) {
			for (String screen : entryScreens()) {
				mvc.perform(get(screen).with(as(user))).andExpect(status().isOk());
			}
		}
		mvc.perform(officeActions().get(0).with(as(users.admin())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fixture.queries.sheet(users.admin(), ban.campaignId(), accidents.period(ban.campaignId(), "2024-08"))
			.status()).isEqualTo(SheetStatus.CONFIRMED);
	}

	private void assertUnchanged() {
		SheetView august = queries.sheet(users.admin(ban.committeeId()), ban.campaignId(),
				accidents.period(ban.campaignId(), "2024-08"));
		assertThat(august.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(august.version()).isEqualTo(version);
		assertThat(august.total()).isEqualTo(AccidentFigures.of(2, 0, 0));
		assertThat(queries.sheet(users.admin(ban.committeeId()), ban.campaignId(), accidents.period(ban.campaignId(), "2024-07"))
			.status()).isEqualTo(SheetStatus.CONFIRMED);
		BlackSpotView view = blackSpotQueries.spot(reader(), ban.campaignId(),
				Long.valueOf(spot.substring(spot.lastIndexOf('/') + 1)));
		assertThat(view.details().name()).isEqualTo("Đường cong Km 12");
		assertThat(view.status()).isEqualTo(BlackSpotStatus.IDENTIFIED);
		assertThat(view.files()).hasSize(1);
		assertThat(blackSpotQueries.search(reader(), ban.campaignId(), BlackSpotFilter.none(),
				org.springframework.data.domain.PageRequest.of(0, 20)).getTotalElements()).isEqualTo(1);
	}
}
