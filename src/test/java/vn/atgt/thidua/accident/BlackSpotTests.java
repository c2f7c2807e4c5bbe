package vn.atgt.thidua.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.accident.AccidentFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The black-spot register: adding a point with Vietnamese numbers and dates (and every bad input refused beside its
 * field), the rule kept by the date identified, the treatment moved on with notes, evidence photos with thumbnails,
 * the list with filters and paging, and its export.
 */
@ThiDuaIntegrationTest
class BlackSpotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccidentFixture fixture;

	@Autowired
	BlackSpotService blackSpots;

	@Autowired
	BlackSpotQueries blackSpotQueries;

	@Autowired
	BlackSpotFileService blackSpotFiles;

	/** Someone who reads the register (everyone signed in does), made once per test. */
	CurrentUser reader;

	CurrentUser reader() {
		if (reader == null) {
			reader = users.leader();
		}
		return reader;
	}

	static Map<String, String> valid(Ban ban) {
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("kind", "BLACK_SPOT");
		form.put("name", "Đường cong gấp Km 384+200");
		form.put("route", "QL4D");
		form.put("kmMarker", "Km 384+200");
		form.put("areaId", ban.townId().toString());
		form.put("latitude", "22,4153");
		form.put("longitude", "103.4881");
		form.put("identifiedOn", "15/03/2024");
		form.put("criterion", "Trong 12 tháng xảy ra 2 vụ tai nạn giao thông làm chết người");
		form.put("accidentHistory", "15/01/2023: 1 vụ, 1 người chết");
		form.put("cause", "Đường cong bán kính nhỏ");
		form.put("measures", "Lắp gương cầu lồi");
		form.put("responsibleUnitId", ban.school().id().toString());
		form.put("cost", "185.000.000");
		form.put("deadline", "30/09/2024");
		form.put("version", "0");
		return form;
	}

	static MockHttpServletRequestBuilder form(String url, CurrentUser user, Map<String, String> values) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		values.forEach(request::param);
		return request;
	}

	static BlackSpotCommand command(String name, BlackSpotKind kind, Long areaId, LocalDate identified) {
		return new BlackSpotCommand(kind, name, "QL4D", null, areaId, null, null, identified, null, null, null, null,
				null, null, null);
	}

	@Test
	void aPointIsRegisteredWithVietnameseNumbersAndTheRuleOfItsDate() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser police = fixture.police(ban);
		mvc.perform(form("/campaigns/" + ban.campaignId() + "/black-spots", police, valid(ban)))
			.andExpect(status().is3xxRedirection());
		BlackSpotRow row = blackSpotQueries.search(reader(), ban.campaignId(), BlackSpotFilter.none(),
				PageRequest.of(0, 20))
			.getContent().get(0);
		BlackSpotView spot = blackSpotQueries.spot(reader(), ban.campaignId(), row.id());
		assertThat(spot.details().cost()).isEqualByComparingTo("185000000");
		assertThat(spot.details().latitude()).isEqualByComparingTo("22.4153");
		assertThat(spot.details().longitude()).isEqualByComparingTo("103.4881");
		assertThat(spot.status()).isEqualTo(BlackSpotStatus.IDENTIFIED);
		assertThat(spot.rule().code()).isEqualTo("TT-26-2012-BGTVT");
		Document page = Jsoup.parse(mvc.perform(get("/campaigns/" + ban.campaignId() + "/black-spots/" + row.id())
			.with(as(fixture.otherUnit(ban)))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=spot-details]").text()).contains("QL4D, Km 384+200",
				"Thị trấn " + ban.districtName().substring(6), "15/03/2024", "Thông tư 26/2012/TT-BGTVT",
				"185.000.000 đồng", "30/09/2024", ban.school().name());
		assertThat(page.select("[data-testid=spot-history]").text()).contains("Đã xác định");

		Long in2025 = blackSpots.create(police, ban.campaignId(),
				command("Điểm tiềm ẩn 2025", BlackSpotKind.POTENTIAL_POINT, null, LocalDate.of(2025, 2, 1)));
		assertThat(blackSpotQueries.spot(reader(), ban.campaignId(), in2025).rule().code())
			.isEqualTo("TT-41-2024-BGTVT");
		Long opening = blackSpots.create(police, ban.campaignId(),
				command("Lối đi tự mở", BlackSpotKind.ILLEGAL_OPENING, null, LocalDate.of(2025, 2, 1)));
		assertThat(blackSpotQueries.spot(reader(), ban.campaignId(), opening).rule()).isNull();
	}

	@Test
	void everyBadInputIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
		Ban ban = fixture.ban(1);
		Ban other = fixture.ban(1);
		CurrentUser office = users.office(ban.committeeId());
		String url = "/campaigns/" + ban.campaignId() + "/black-spots";
		Object[][] cases = { { "name", " ", "NotBlank" }, { "latitude", "95", "DecimalMax" },
				{ "latitude", "abc", "typeMismatch" }, { "longitude", "103,12345678", "Digits" },
				{ "identifiedOn", "31/02/2024", "typeMismatch" }, { "identifiedOn", "", "NotNull" },
				{ "deadline", "01/03/2024", "blackSpot.deadline.beforeIdentified" },
				{ "identifiedOn", "01/01/2999", "blackSpot.identifiedOn.future" },
				{ "deadline", "", null }, { "cost", "-5", "PositiveOrZero" }, { "cost", "12,5", "Digits" },
				{ "areaId", other.townId().toString(), "blackSpot.area.unknown" },
				{ "responsibleUnitId", other.police().id().toString(), "blackSpot.unit.unknown" },
				{ "kind", "", "NotNull" } };
		for (Object[] c : cases) {
			if (c[2] == null) {
				continue;
			}
			Map<String, String> values = valid(ban);
			values.put((String) c[0], (String) c[1]);
			if ("identifiedOn".equals(c[0]) && "01/01/2999".equals(c[1])) {
				values.put("deadline", "");
			}
			String html = mvc.perform(form(url, office, values))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", (String) c[0], (String) c[2]))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(html);
			assertThat(page.select("input[name=name]").val()).as(c[0] + "=" + c[1]).isEqualTo(values.get("name"));
			assertThat(page.select("[data-testid=form-errors]")).isNotEmpty();
		}
		assertThat(blackSpotQueries.search(users.leader(ban.committeeId()), ban.campaignId(), BlackSpotFilter.none(),
				PageRequest.of(0, 20))).isEmpty();
	}

	@Test
	void anEditIsSavedAndAStaleEditRefusedWithTheInputKept() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser office = users.office();
		Long id = blackSpots.create(office, ban.campaignId(), command("Nút giao", BlackSpotKind.POTENTIAL_POINT, null,
				LocalDate.of(2024, 5, 10)));
		String url = "/campaigns/" + ban.campaignId() + "/black-spots/" + id + "/edit";
		Map<String, String> values = valid(ban);
		values.put("name", "Nút giao QL4D – đường vào xã");
		mvc.perform(form(url, office, values)).andExpect(status().is3xxRedirection());
		BlackSpotView saved = blackSpotQueries.spot(reader(), ban.campaignId(), id);
		assertThat(saved.details().name()).isEqualTo("Nút giao QL4D – đường vào xã");
		assertThat(saved.details().kind()).isEqualTo(BlackSpotKind.BLACK_SPOT);
		values.put("name", "Tên cũ của một biểu mẫu cũ");
		String html = mvc.perform(form(url, office, values))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Dữ liệu vừa được người khác thay đổi.");
		assertThat(Jsoup.parse(html).select("input[name=name]").val()).isEqualTo("Tên cũ của một biểu mẫu cũ");
		assertThat(blackSpotQueries.spot(reader(), ban.campaignId(), id).details().name())
			.isEqualTo("Nút giao QL4D – đường vào xã");
	}

	@Test
	void theTreatmentMovesOnWithANoteAndAStaleFormIsRefused() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser police = fixture.police(ban);
		Long id = blackSpots.create(police, ban.campaignId(), command("Nút giao", BlackSpotKind.POTENTIAL_POINT, null,
				LocalDate.of(2024, 5, 10)));
		String url = "/campaigns/" + ban.campaignId() + "/black-spots/" + id + "/status";
		long version = blackSpotQueries.spot(reader(), ban.campaignId(), id).version();

		mvc.perform(form(url, police, Map.of("status", "BEING_TREATED", "note", "", "version", "" + version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("moveForm", "note", "NotBlank"));
		mvc.perform(form(url, police, Map.of("status", "TREATED", "note", "Xong", "version", "" + version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("moveForm"));
		mvc.perform(form(url, police, Map.of("status", "BEING_TREATED", "note", "Đã lắp biển cảnh báo", "version",
				"" + version))).andExpect(status().is3xxRedirection());
		mvc.perform(form(url, police, Map.of("status", "TREATED", "note", "Bản cũ", "version", "" + version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("moveForm"));
		BlackSpotView spot = blackSpotQueries.spot(reader(), ban.campaignId(), id);
		assertThat(spot.status()).isEqualTo(BlackSpotStatus.BEING_TREATED);
		assertThat(spot.history()).extracting(BlackSpotHistoryRow::to, BlackSpotHistoryRow::note).containsExactly(
				org.assertj.core.groups.Tuple.tuple(BlackSpotStatus.IDENTIFIED, null),
				org.assertj.core.groups.Tuple.tuple(BlackSpotStatus.BEING_TREATED, "Đã lắp biển cảnh báo"));
		assertThat(spot.history().get(1).by()).isEqualTo(police.fullName());
	}

	@Test
	void theListIsFilteredPagedAndExported() throws Exception {
		Ban ban = fixture.ban(2);
		CurrentUser office = users.office();
		for (int i = 1; i <= 23; i++) {
			blackSpots.create(office, ban.campaignId(), command(String.format("Điểm tiềm ẩn số %02d", i),
					BlackSpotKind.POTENTIAL_POINT, ban.communeIds().get(0), LocalDate.of(2024, 1, i)));
		}
		Long curve = blackSpots.create(office, ban.campaignId(),
				command("Đường cong gấp Km 12", BlackSpotKind.BLACK_SPOT, ban.townId(), LocalDate.of(2024, 3, 1)));
		blackSpots.move(office, ban.campaignId(), curve,
				blackSpotQueries.spot(reader(), ban.campaignId(), curve).version(), BlackSpotStatus.BEING_TREATED,
				"Đang xử lý");
		blackSpots.create(office, ban.campaignId(), command("Lấn chiếm lề đường chợ", BlackSpotKind.ENCROACHMENT,
				ban.communeIds().get(1), LocalDate.of(2024, 2, 1)));
		String url = "/campaigns/" + ban.campaignId() + "/black-spots";

		assertThat(names(url + "?q=duong%20cong")).containsExactly("Đường cong gấp Km 12");
		assertThat(names(url + "?kind=ENCROACHMENT")).containsExactly("Lấn chiếm lề đường chợ");
		assertThat(names(url + "?status=BEING_TREATED")).containsExactly("Đường cong gấp Km 12");
		assertThat(names(url + "?areaId=" + ban.communeIds().get(1))).containsExactly("Lấn chiếm lề đường chợ");
		assertThat(names(url)).hasSize(20).startsWith("Đường cong gấp Km 12", "Lấn chiếm lề đường chợ",
				"Điểm tiềm ẩn số 23");
		assertThat(names(url + "?page=1")).hasSize(5).endsWith("Điểm tiềm ẩn số 01");
		assertThat(names(url + "?page=1&kind=POTENTIAL_POINT")).hasSize(3);

		byte[] xlsx = mvc.perform(get(java.net.URI.create(url + "/export?kind=POTENTIAL_POINT&q=so%200")).with(as(users.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(new ByteArrayInputStream(xlsx), BlackSpotSheetWriter.EXPORT_HEADERS,
				problems);
		assertThat(problems).isEmpty();
		assertThat(rows).hasSize(9);
		assertThat(rows.get(0).text("Tên, vị trí")).isEqualTo("Điểm tiềm ẩn số 09");
		assertThat(rows.get(0).text("Loại")).isEqualTo("Điểm tiềm ẩn tai nạn giao thông");
		assertThat(rows.get(0).text("Địa bàn")).isEqualTo("Xã Xã số 01");
		assertThat(rows.get(0).text("Ngày xác định")).isEqualTo("09/01/2024");
		assertThat(rows.get(0).text("Trạng thái")).isEqualTo("Đã xác định");
		assertThat(rows.get(0).text("Căn cứ xác định")).isEqualTo("Thông tư 26/2012/TT-BGTVT");
	}

	private List<String> names(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(java.net.URI.create(url)).with(as(users.leader()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).select("[data-testid=black-spots] tbody tr[data-spot] td:first-child")
			.eachText();
	}

	@Test
	void evidencePhotosGetAThumbnailAndOtherFilesAreCheckedByContent() throws Exception {
		Ban ban = fixture.ban(1);
		CurrentUser police = fixture.police(ban);
		Long id = blackSpots.create(police, ban.campaignId(), command("Đường cong", BlackSpotKind.BLACK_SPOT, null,
				LocalDate.of(2024, 3, 1)));
		String url = "/campaigns/" + ban.campaignId() + "/black-spots/" + id;
		mvc.perform(multipart(url + "/files").file(new MockMultipartFile("files", "ảnh hiện trường.png", "image/png",
				png())).with(as(police)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart(url + "/files").file(new MockMultipartFile("files", "virus.png", "image/png",
				"MZ not a picture".getBytes())).with(as(police)).with(csrf()).header("Referer", url))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", new AccidentImportTests.FlashKey("file.typeNotAllowed")));
		mvc.perform(post(url + "/files").with(as(police)).with(csrf()))
			.andExpect(flash().attribute("flash", new AccidentImportTests.FlashKey("blackSpot.files.none")));

		BlackSpotView spot = blackSpotQueries.spot(reader(), ban.campaignId(), id);
		assertThat(spot.files()).singleElement().satisfies(f -> {
			assertThat(f.name()).isEqualTo("ảnh hiện trường.png");
			assertThat(f.hasThumbnail()).isTrue();
		});
		Long fileId = spot.files().get(0).id();
		mvc.perform(get(url + "/files/" + fileId).with(as(users.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		byte[] thumbnail = mvc.perform(get(url + "/files/" + fileId + "/thumbnail").with(as(users.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(320);

		Ban other = fixture.ban(1);
		mvc.perform(get("/campaigns/" + other.campaignId() + "/black-spots/" + id).with(as(users.leader())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/" + other.campaignId() + "/black-spots/" + id + "/files/" + fileId)
			.with(as(users.leader()))).andExpect(status().isNotFound());

		mvc.perform(post(url + "/files/" + fileId + "/delete").with(as(police)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(blackSpotQueries.spot(reader(), ban.campaignId(), id).files()).isEmpty();
	}

	static byte[] png() throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void aPageFarPastTheEndOfTheRegisterIsAnEmptyPageNotAnError() throws Exception {
		Ban ban = fixture.ban(1);
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/black-spots").param("page", "2147483647")
				.with(as(users.office())))
			.andExpect(status().isOk());
	}
}
