package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.support.LibreOffice.squeezed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The urging letter of journey 5 opens in LibreOffice: on 21/08/2024 the seed plan's units have not sent July's
 * report (due 20/08); the letter to two of them reads back with the committee's header, the blank number of an
 * official letter, the place and date, the "V/v" line from the period's name, the units addressed, the plan it carries
 * out, the table of late units, the new deadline, "Nơi nhận" and the signature block, diacritics intact.
 */
@ThiDuaIntegrationTest
class UrgingLetterPdfTests {

	@Autowired
	DocumentFixture fixture;

	@Autowired
	CampaignDocuments documents;

	@Autowired
	CampaignService campaigns;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@TempDir
	Path workDir;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theUrgingLetterReadsBackFromLibreOfficeWithTheLateUnitsAndTheSignatureBlock() throws IOException {
		Long id = fixture.seedPlanCampaign();
		List<ParticipantView> units = campaigns.participants(id);
		ParticipantView police = units.stream().filter(p -> p.unitName().equals("Công an huyện Tam Đường")).findFirst()
			.orElseThrow();
		ParticipantView banBo = units.stream().filter(p -> p.unitName().equals("UBND xã Bản Bo")).findFirst()
			.orElseThrow();
		PeriodView july = campaigns.periods(id).stream().filter(p -> p.name().equals("Tháng 7/2024")).findFirst()
			.orElseThrow();
		clock.setInstant(LocalDateTime.of(2024, 8, 21, 15, 0).atZone(Formats.ZONE).toInstant());

		DocumentFile letter = documents.urgingLetter(users.office(), id, ItemSelection.period(july.id()),
				List.of(police.unitId(), banBo.unitId()));
		assertThat(letter.fileName()).isEqualTo("Cong-van-don-doc-Tháng-7-2024.docx");

		String text = LibreOffice.text(letter.content(), workDir);
		String first = LibreOffice.pages(text).get(0);
		for (String line : List.of("UBND HUYỆN TAM ĐƯỜNG", "BAN AN TOÀN GIAO THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Tam Đường, ngày 21 tháng 8 năm 2024")) {
			assertThat(first).as("first page").contains(line);
		}
		// an official letter: blank number, no type code, its V/v line under the number
		assertThat(first.lines()).anyMatch(l -> l.contains("Số:") && l.contains("/BATGT") && !l.contains("-BATGT")
				&& l.contains("Tam Đường, ngày 21 tháng 8 năm 2024"));
		assertThat(squeezed(first))
			.contains(squeezed("V/v đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024"));
		assertThat(first).doesNotContain("CÔNG VĂN");

		String all = squeezed(text);
		assertThat(all).containsSubsequence(squeezed("Kính gửi:"), squeezed("- Công an huyện Tam Đường;"),
				squeezed("- UBND xã Bản Bo."),
				squeezed("Thực hiện Kế hoạch số 06/KH-BATGT ngày 21/06/2024 của Ban An toàn giao thông huyện Tam Đường về "
						+ "phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn huyện Tam Đường"),
				squeezed("Tính đến ngày 21/08/2024, các đơn vị sau chưa gửi báo cáo kết quả thực hiện phong trào thi đua "
						+ "tháng 7/2024:"),
				squeezed("đề nghị các đơn vị nêu trên khẩn trương hoàn thành, gửi báo cáo kết quả thực hiện phong trào thi "
						+ "đua tháng 7/2024 qua phần mềm Thi đua ATGT trước ngày 26/08/2024."),
				squeezed("Đề nghị các đơn vị quan tâm thực hiện./."), squeezed("Nơi nhận:"),
				squeezed("KT. TRƯỞNG BAN"), squeezed("PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
				squeezed("TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"), squeezed("Lê Huy Chính"));
		assertThat(text).contains("- Như trên;", "- Lưu: VT.");
		// the office's own unit was late too, but not selected
		assertThat(text).doesNotContain("Phòng Kinh tế và Hạ tầng");

		// the table of late units and items, as the document holds it (the PDF wraps its narrow cells)
		try (XWPFDocument docx = DocxWriterTests.read(letter.content())) {
			XWPFTable table = docx.getTables().stream().filter(t -> t.getText().contains("Tình trạng")).findFirst()
				.orElseThrow();
			assertThat(table.getRows()).extracting(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList())
				.containsExactly(List.of("STT", "Đơn vị", "Nội dung", "Hạn nộp", "Tình trạng"),
						List.of("1", "Công an huyện Tam Đường", "Báo cáo kết quả tháng 7/2024", "20/08/2024",
								"Chưa gửi (quá hạn 1 ngày)"),
						List.of("2", "UBND xã Bản Bo", "Báo cáo kết quả tháng 7/2024", "20/08/2024",
								"Chưa gửi (quá hạn 1 ngày)"));
		}
	}
}
