package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.LibreOffice.squeezed;
import static vn.atgt.thidua.support.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarCommand;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarPhotoService;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.PhotoUpload;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dossier for a deciding level: the ZIP holds the cover list, the tờ trình, the biên bản, each nominee's report
 * (attached as it is, or written and rendered as DOCX) and the evidence it cites (the attached certification, the
 * photos of the cited exemplar), so every part the award forms name; the cover list reads back with every document,
 * the fairness figures, the quota warning and the warning of a công trạng award grounded on a chuyên đề one; the attached files are read by whoever reads the proposal only.
 */
@ThiDuaIntegrationTest
class CommendationDossierPackTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	ProposalService proposals;

	@Autowired
	MeetingService meetings;

	@Autowired
	ProposalQueries queries;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ExemplarPhotoService photos;

	@TempDir
	Path workDir;

	@Test
	void theZipHoldsEveryPartTheAwardFormsNameAndTheCoverListReadsBack() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		meetings.updateSettings(office, ban.campaignId(), new CommendationSettingsView(new java.math.BigDecimal("50"),
				1, 5, 0));
		CurrentUser head = fixture.head(ban.banBo());
		Long exemplar = exemplarWithPhoto(ban, head, office);
		ProposalCommand written = CommendationFixture.individual(ban.banBo(), "Lò Thị Mai", Gender.FEMALE, true,
				fixture.giayKhen());
		Long mai = proposals.create(head, ban.campaignId(), new ProposalCommand(written.unitId(), written.kind(),
				written.nomineeName(), written.position(), written.gender(), written.frontLine(),
				written.awardFormId(), written.plannedDecisionOn(), written.achievements(),
				written.achievementReport(), List.of(exemplar)));
		ProposalCommand attached = CommendationFixture.individual(ban.banBo(), "Lò Văn Hùng", Gender.MALE, false,
				fixture.form("CSTDCS-HUYEN-2024"));
		Long hung = proposals.create(head, ban.campaignId(), new ProposalCommand(attached.unitId(), attached.kind(),
				attached.nomineeName(), attached.position(), attached.gender(), attached.frontLine(),
				attached.awardFormId(), attached.plannedDecisionOn(), attached.achievements(), null, List.of(),
				List.of(fixture.giayKhen())));
		attach(ban, hung, head, "ACHIEVEMENT_REPORT", "bao-cao-thanh-tich.pdf", 0);
		attach(ban, hung, head, "INITIATIVE_CERTIFICATE", "xac-nhan-sang-kien.pdf", 1);
		for (Long id : List.of(mai, hung)) {
			proposals.submit(head, ban.campaignId(), id, version(office, ban, id));
			proposals.accept(office, ban.campaignId(), id, version(office, ban, id));
		}
		fixture.meeting(ban, office, Map.of(mai, 8, hung, 9));
		proposals.approve(office, ban.campaignId(), mai, version(office, ban, mai));
		proposals.approve(office, ban.campaignId(), hung, version(office, ban, hung));

		String list = mvc.perform(get("/campaigns/" + ban.campaignId() + "/commendations").with(as(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String zipUrl = Jsoup.parse(list).select("[data-testid=dossier-zip]").attr("href");
		assertThat(zipUrl).contains("/documents/commendation/dossier?decider=");
		MvcResult result = mvc.perform(get(java.net.URLDecoder.decode(zipUrl, java.nio.charset.StandardCharsets.UTF_8)
			.replaceFirst("\\?.*", "")).param("decider", "Chủ tịch Ủy ban nhân dân cấp huyện").with(as(office)))
			.andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("Ho-so-de-nghi-khen-thuong-gui-Chu-tich-Uy-ban-nhan-dan-cap-huyen.zip");
		Map<String, byte[]> zip = entries(result.getResponse().getContentAsByteArray());
		assertThat(zip.keySet()).containsExactly("00-Danh-muc-ho-so.docx", "01-To-trinh-de-nghi-khen-thuong.docx",
				"02-Bien-ban-hop-xet-khen-thuong.docx", "03-Bao-cao-thanh-tich/01-Lo-Thi-Mai.docx",
				"04-Minh-chung/01-Lo-Thi-Mai-1.png", "03-Bao-cao-thanh-tich/02-Lo-Van-Hung.pdf",
				"04-Minh-chung/02-Lo-Van-Hung-1.pdf");
		// every part the two award forms name is in the ZIP: tờ trình, biên bản, a report each, the certification
		assertThat(zip.get("03-Bao-cao-thanh-tich/02-Lo-Van-Hung.pdf")).isEqualTo(PDF);
		String report = squeezed(LibreOffice.text(zip.get("03-Bao-cao-thanh-tich/01-Lo-Thi-Mai.docx"), workDir));
		for (String expected : new String[] { "BÁO CÁO", "Lò Thị Mai", "1.620 lượt người", "NGƯỜI BÁO CÁO" }) {
			assertThat(report).as(expected).contains(squeezed(expected));
		}
		String cover = LibreOffice.text(zip.get("00-Danh-muc-ho-so.docx"), workDir);
		System.out.println("[document] danh mục hồ sơ as LibreOffice lays it out:\n" + cover);
		String flat = squeezed(cover);
		// the table's cells wrap side by side, so each is checked by what one line holds
		for (String expected : new String[] { "DANH MỤC", "Kính gửi: Chủ tịch Ủy ban nhân dân cấp huyện",
				"Hồ sơ gồm 6 tài liệu", "Tờ trình đề nghị khen thưởng kèm danh", "Biên bản họp xét khen thưởng",
				"Báo cáo thành tích của Lò Thị Mai", "Tài liệu minh chứng của Lò Văn Hùng", "có 1 người lao động trực tiếp (50%) và 1 nữ (50%)",
				"Lưu ý", ban.banBo().name() + " đề nghị 2 trường hợp, vượt định mức 1",
				"chỉ căn cứ khen thưởng theo chuyên đề", "KT. TRƯỞNG BAN" }) {
			assertThat(flat).as(expected).contains(squeezed(expected));
		}

		CurrentUser stranger = fixture.head(ban.binhLu());
		String dossierUrl = "/campaigns/" + ban.campaignId() + "/documents/commendation/";
		mvc.perform(get(dossierUrl + "dossier").with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(get(dossierUrl + "cover").with(as(head))).andExpect(status().isForbidden());
		mvc.perform(get(dossierUrl + "cover").with(as(users.leader()))).andExpect(status().isOk());
	}

	@Test
	void anAttachedReportIsReadByWhoeverReadsTheProposalOnly() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser head = fixture.head(ban.banBo());
		Long id = proposals.create(head, ban.campaignId(),
				CommendationFixture.individual(ban.banBo(), "Lò Thị Mai", Gender.FEMALE, true, fixture.giayKhen()));
		attach(ban, id, head, "ACHIEVEMENT_REPORT", "bao-cao.pdf", 0);
		String url = "/campaigns/" + ban.campaignId() + "/commendations/" + id;
		String page = mvc.perform(get(url).with(as(users.office()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("[data-testid=attached-files] a").attr("href"))
			.isEqualTo(url + "/files/ACHIEVEMENT_REPORT");
		for (CurrentUser reader : List.of(head, fixture.officer(ban.banBo()), users.office(), users.leader())) {
			assertThat(mvc.perform(get(url + "/files/ACHIEVEMENT_REPORT").with(as(reader)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);
		}
		mvc.perform(get(url + "/files/ACHIEVEMENT_REPORT").with(as(fixture.head(ban.binhLu()))))
			.andExpect(status().isNotFound());
		mvc.perform(get(url + "/files/EVIDENCE").with(as(head))).andExpect(status().isNotFound());
		Ban other = fixture.ban();
		mvc.perform(get("/campaigns/" + other.campaignId() + "/commendations/" + id + "/files/ACHIEVEMENT_REPORT")
			.with(as(users.office()))).andExpect(status().isNotFound());
	}

	private long version(CurrentUser user, Ban ban, Long id) {
		return queries.page(user, ban.campaignId(), id).proposal().version();
	}

	private void attach(Ban ban, Long id, CurrentUser user, String part, String name, long version) throws Exception {
		mvc.perform(multipart("/campaigns/" + ban.campaignId() + "/commendations/" + id + "/files")
			.file(new MockMultipartFile("file", name, "application/pdf", PDF)).param("part", part)
			.param("version", Long.toString(version)).with(as(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private Long exemplarWithPhoto(Ban ban, CurrentUser head, CurrentUser office) throws Exception {
		Long id = exemplars.create(head, ban.campaignId(), new ExemplarCommand(ExemplarKind.COLLECTIVE_MODEL,
				"Cổng trường an toàn giao thông", null, "Hướng dẫn học sinh qua đường", LocalDate.of(2024, 9, 5),
				null, null, null, null));
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		photos.add(head, ban.campaignId(), id, List.of(new PhotoUpload("cong-truong.png", png.toByteArray(), null)));
		exemplars.propose(head, ban.campaignId(), id, 0);
		exemplars.recognise(office, ban.campaignId(), id, 1, true);
		return id;
	}

	private static Map<String, byte[]> entries(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
