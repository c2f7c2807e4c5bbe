package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.CommendationDossier;
import vn.atgt.thidua.document.DossierArchive;
import vn.atgt.thidua.submission.SubmissionQueries;
import vn.atgt.thidua.submission.SubmissionService;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * Issue 18, item 4: the commendation dossier sent upward keeps every document of the dossier for its deciding level
 * (cover list, tờ trình, biên bản, the nominees' reports and evidence) exactly as they were at sending: a nominee
 * approved afterwards is in the dossier the document module writes now, not in the one the parent received.
 */
@ThiDuaIntegrationTest
class DossierSentUpwardTests {

	@Autowired
	CommendationFixture fixture;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	CommitteeService committees;

	@Autowired
	ProposalService proposals;

	@Autowired
	ProposalQueries queries;

	@Autowired
	CommendationDossier dossiers;

	@Autowired
	SubmissionService submissions;

	@Autowired
	SubmissionQueries submissionQueries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDossierIsSentWithItsDocumentsAndStaysAsItWasSent() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser office = users.office(ban.committeeId());
		Long province = units.committee("Tỉnh " + TestUnits.uniqueCode("P"));
		committees.placeUnder(ban.committeeId(), province);
		CurrentUser head = fixture.head(ban.banBo());
		Long mai = proposals.create(head, ban.campaignId(), CommendationFixture.individual(ban.banBo(), "Lò Thị Mai",
				Gender.FEMALE, true, fixture.giayKhen()));
		Long hung = proposals.create(head, ban.campaignId(), CommendationFixture.individual(ban.banBo(), "Lò Văn Hùng",
				Gender.MALE, false, fixture.giayKhen()));
		for (Long id : List.of(mai, hung)) {
			proposals.submit(head, ban.campaignId(), id, version(office, ban, id));
			proposals.accept(office, ban.campaignId(), id, version(office, ban, id));
		}
		fixture.meeting(ban, office, Map.of(mai, 8, hung, 9));
		proposals.approve(office, ban.campaignId(), mai, version(office, ban, mai));

		DossierArchive atSending = dossiers.archive(office, ban.campaignId(), null);
		Long sent = submissions.sendDossier(office, ban.campaignId(), null);
		List<String> paths = jdbc.queryForList("select path from upward_submission_files where submission_id = ? "
				+ "order by file_order", String.class, sent);
		assertThat(paths).containsExactlyElementsOf(atSending.entries().stream().map(DossierArchive.Entry::path).toList());
		assertThat(paths).contains("00-Danh-muc-ho-so.docx").anyMatch(p -> p.startsWith("03-Bao-cao-thanh-tich/"));

		proposals.approve(office, ban.campaignId(), hung, version(office, ban, hung));
		assertThat(dossiers.archive(office, ban.campaignId(), null).entries()).hasSizeGreaterThan(paths.size());
		CurrentUser provinceOffice = users.office(province);
		var received = submissionQueries.page(provinceOffice, sent).submission();
		assertThat(received.files()).extracting(f -> f.path()).containsExactlyElementsOf(paths);
		Long report = received.files().stream().filter(f -> f.path().startsWith("03-")).findFirst().orElseThrow().id();
		byte[] bytes = submissionQueries.file(provinceOffice, sent, report).content();
		// generated twice (here and at sending), the DOCX differ only in their ZIP timestamps: compare the text
		assertThat(documentXml(bytes)).isEqualTo(documentXml(atSending.entries().stream()
			.filter(e -> e.path().startsWith("03-")).findFirst().orElseThrow().content()));
		assertThat(submissionQueries.file(provinceOffice, sent, report).content()).isEqualTo(bytes);
	}

	private static String documentXml(byte[] docx) throws java.io.IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals("word/document.xml")) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

	private long version(CurrentUser user, Ban ban, Long id) {
		return queries.page(user, ban.campaignId(), id).proposal().version();
	}
}
