package vn.atgt.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.support.LibreOffice.squeezed;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.commendation.CommendationFixture.Ban;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.CommendationDocuments;
import vn.atgt.thidua.document.DocumentFile;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The dossier's tờ trình (with its danh sách) and biên bản, converted by LibreOffice and read back with pdftotext:
 * the header lines, the title, every nominee row, the votes and the signature block.
 */
@ThiDuaIntegrationTest
class CommendationDossierPdfTests {

	@Autowired
	TestUsers users;

	@Autowired
	CommendationFixture fixture;

	@Autowired
	ProposalService proposals;

	@Autowired
	CommendationDocuments documents;

	@TempDir
	Path workDir;

	@Test
	void theSubmissionAndTheMinutesReadBackWithEveryNominee() {
		Ban ban = fixture.ban();
		CurrentUser office = users.office();
		Long mai = fixture.accepted(ban, ban.banBo(), CommendationFixture.individual(ban.banBo(), "Lò Thị Mai",
				Gender.FEMALE, true, fixture.giayKhen()), office);
		Long hung = fixture.accepted(ban, ban.binhLu(), CommendationFixture.individual(ban.binhLu(), "Lò Văn Hùng",
				Gender.MALE, false, fixture.giayKhen()), office);
		Long low = fixture.accepted(ban, ban.binhLu(), CommendationFixture.individual(ban.binhLu(), "Vàng A Dơ",
				Gender.MALE, true, fixture.giayKhen()), office);
		fixture.meeting(ban, office, Map.of(mai, 8, hung, 9, low, 4));
		proposals.approve(office, ban.campaignId(), mai, 3);
		proposals.approve(office, ban.campaignId(), hung, 3);

		DocumentFile submission = documents.submission(office, ban.campaignId());
		String text = LibreOffice.text(submission.content(), workDir);
		String flat = squeezed(text);
		System.out.println("[document] tờ trình as LibreOffice lays it out:\n" + text);
		// the header's two columns and the list's cells wrap side by side, so each is checked by what one line holds
		for (String expected : new String[] { "BAN AN TOÀN GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
				"Độc lập - Tự do - Hạnh phúc", "Số: /TTr-BATGT", "TỜ TRÌNH",
				"Kính gửi: Chủ tịch Ủy ban nhân dân cấp huyện", "Nghị định số 98/2023/NĐ-CP", "0 tập thể và 2 cá nhân",
				"DANH SÁCH", "TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG", "1 Lò Thị Mai", "2 Lò Văn Hùng", "Giấy khen",
				"có 1 người lao động trực tiếp (50%) và 1 nữ (50%)", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
				"Lê Văn Ký" }) {
			assertThat(flat).as(expected).contains(squeezed(expected));
		}
		assertThat(flat).doesNotContain(squeezed("Vàng A Dơ"));

		DocumentFile minutes = documents.minutes(office, ban.campaignId());
		String minutesText = squeezed(LibreOffice.text(minutes.content(), workDir));
		for (String expected : new String[] { "BIÊN BẢN", "BAN AN TOÀN GIAO", "Lò Văn Chủ trì", "Tao Thị Thư ký",
				"9/11 thành viên", "Lò Thị Mai", "8/9", "88,9", "Vàng A Dơ", "4/9", "44,4", "CHỦ TRÌ" }) {
			assertThat(minutesText).as(expected).contains(squeezed(expected));
		}
	}
}
