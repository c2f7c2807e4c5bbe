package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atgt.thidua.document.DocxWriterTests.allParagraphs;
import static vn.atgt.thidua.document.DocxWriterTests.read;
import static vn.atgt.thidua.document.DocxWriterTests.texts;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Documents come from data: the committee's header, place, signature and recipients, the campaign's plan. A commune
 * committee of 2025 gets its own lines everywhere and nothing of the seed plan's district.
 */
@ThiDuaIntegrationTest
class CampaignDocumentsTests {

	@Autowired
	DocumentFixture fixture;

	@Autowired
	CampaignDocuments documents;

	@Autowired
	TestUsers users;

	@Autowired
	CommitteeDocuments committeeDocuments;

	@Autowired
	CampaignService campaigns;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSeedPlanIsListedWithItsFileName() {
		Long id = fixture.seedPlanCampaign();
		assertThat(documents.available(users.leader(), id))
			.containsExactly(new CampaignDocumentRow(CampaignDocumentKind.LAUNCH_PLAN, "KH-06-KH-BATGT.docx"),
					new CampaignDocumentRow(CampaignDocumentKind.URGING_LETTER, "Cong-van-don-doc.docx"));
		DocumentFile file = documents.generate(users.leader(), id, CampaignDocumentKind.LAUNCH_PLAN);
		assertThat(file.fileName()).isEqualTo("KH-06-KH-BATGT.docx");
		assertThat(file.kind()).isEqualTo(FileKind.DOCX);
	}

	@Test
	void launchPlanCarriesThePlanDataInTheSeedPlansOrder() throws IOException {
		Long id = fixture.seedPlanCampaign();
		try (XWPFDocument docx = read(documents.launchPlan(users.leader(), id).content())) {
			List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(body).containsSubsequence("KẾ HOẠCH", DocumentFixture.TITLE,
					"Căn cứ " + DocumentFixture.BASIS + ".",
					"Ban An toàn giao thông huyện Tam Đường xây dựng Kế hoạch " + DocumentFixture.TITLE + " như sau:",
					"I. MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG THỰC HIỆN", "1. Mục đích",
					"- Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT ở tất cả các lĩnh vực giao thông vận tải.",
					"2. Yêu cầu", "3. Đối tượng thực hiện",
					"Các tập thể, cá nhân thuộc 3 đơn vị tham gia phong trào (danh sách tại Phụ lục kèm theo Kế hoạch này).",
					"II. NỘI DUNG PHONG TRÀO THI ĐUA",
					"Các tập thể, cá nhân thi đua thực hiện chủ đề năm “" + DocumentFixture.THEME
							+ "”, tập trung vào các nhiệm vụ trọng tâm sau:",
					"1. " + campaigns.taskAreas(id).get(0).description(),
					"6. " + campaigns.taskAreas(id).get(5).description(), "III. TỔ CHỨC THỰC HIỆN",
					"1. Phong trào thi đua được triển khai thực hiện từ khi Kế hoạch này được ban hành đến hết ngày "
							+ "31/12/2024.",
					"2. Các đơn vị tham gia báo cáo kết quả thực hiện phong trào theo các kỳ báo cáo sau:",
					"3. Phòng Kinh tế và Hạ tầng (cơ quan thường trực của Ban An toàn giao thông huyện Tam Đường) theo dõi, "
							+ "đôn đốc các đơn vị tổ chức, triển khai thực hiện Kế hoạch này; tổng hợp kết quả, đề xuất khen "
							+ "thưởng và báo cáo tổng kết phong trào.",
					"Căn cứ Kế hoạch này, các đơn vị tham gia phong trào triển khai thực hiện./.", "PHỤ LỤC");

			XWPFTable header = docx.getTables().get(0);
			assertThat(texts(header.getRow(0).getCell(0))).startsWith("UBND HUYỆN TAM ĐƯỜNG", "BAN AN TOÀN GIAO THÔNG");
			assertThat(texts(header.getRow(1).getCell(0))).containsExactly("Số: 06/KH-BATGT");
			assertThat(texts(header.getRow(1).getCell(1))).containsExactly("Tam Đường, ngày 21 tháng 6 năm 2024");

			XWPFTable periods = docx.getTables().get(1);
			assertThat(periods.getRows()).hasSize(7);
			assertThat(cells(periods.getRow(6))).containsExactly("6", "Tháng 12/2024", "01/12/2024", "31/12/2024",
					"20/01/2025");

			XWPFTable closing = docx.getTables().get(2);
			assertThat(texts(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Các thành viên BATGT huyện;",
					"- UBND các xã, thị trấn;", "- Lưu: VT.");
			assertThat(texts(closing.getRow(0).getCell(1))).containsExactly("KT. TRƯỞNG BAN",
					"PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG", "Lê Huy Chính");

			XWPFTable annex = docx.getTables().get(3);
			assertThat(annex.getRows()).hasSize(4);
			assertThat(annex.getRows().stream().skip(1).map(row -> row.getCell(1).getText()))
				.containsExactlyInAnyOrder("Phòng Kinh tế và Hạ tầng", "Công an huyện Tam Đường", "UBND xã Bản Bo");
			assertThat(annex.getRow(1).getCell(2).getText()).endsWith(", Chuyên viên");
		}
	}

	@Test
	void anotherCommitteesPlanPrintsOnlyThatCommitteesLines() throws IOException {
		Long id = fixture.communeCampaign();
		try (XWPFDocument docx = read(documents.launchPlan(users.leader(), id).content())) {
			XWPFTable header = docx.getTables().get(0);
			assertThat(texts(header.getRow(0).getCell(0))).startsWith("UBND XÃ BÌNH LƯ", "BAN AN TOÀN GIAO THÔNG");
			assertThat(texts(header.getRow(1).getCell(0))).containsExactly("Số:      /KH-BATGT-X");
			assertThat(texts(header.getRow(1).getCell(1))).containsExactly("Bình Lư, ngày 05 tháng 8 năm 2025");

			List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(body).containsSubsequence(
					"Căn cứ Kế hoạch số 12/KH-BATGT ngày 01/8/2025 của Ban ATGT tỉnh Lai Châu;",
					"Căn cứ Chỉ thị số 10/CT-UBND.",
					"Ban An toàn giao thông xã Bình Lư xây dựng Kế hoạch Bảo đảm trật tự, an toàn giao thông năm 2025 "
							+ "trên địa bàn xã Bình Lư như sau:",
					"I. ĐỐI TƯỢNG THỰC HIỆN",
					"Các tập thể, cá nhân thuộc 1 đơn vị tham gia phong trào (danh sách tại Phụ lục kèm theo Kế hoạch này).",
					"Các tập thể, cá nhân thi đua tập trung thực hiện các nhiệm vụ trọng tâm sau:",
					"1. Tuyên truyền an toàn giao thông.",
					"1. Phong trào thi đua được triển khai thực hiện từ ngày 01/09/2025 đến hết ngày 31/12/2025.");
			assertThat(body).noneMatch(line -> line.startsWith("2. ") || line.contains("cơ quan thường trực"));

			XWPFTable closing = docx.getTables().get(1);
			assertThat(texts(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Ban ATGT tỉnh;",
					"- Các thành viên Ban ATGT xã;", "- Lưu: VT.");
			assertThat(texts(closing.getRow(0).getCell(1))).containsExactly("TM. BAN AN TOÀN GIAO THÔNG", "TRƯỞNG BAN",
					"Hoàng Văn Thử");
			// the unit that left is not listed
			assertThat(docx.getTables().get(2).getRows()).hasSize(2);
			assertThat(docx.getTables().get(2).getRow(1).getCell(1).getText()).isEqualTo("Công an xã Bình Lư");

			String all = String.join("\n", allParagraphs(docx).stream().map(XWPFParagraph::getText).toList());
			assertThat(all).doesNotContain("Tam Đường", "huyện", "HUYỆN", "Kinh tế và Hạ tầng");
		}
	}

	@Test
	void aCommitteeDraftIsDatedTodayInVietnamWithABlankNumber() {
		Long id = fixture.seedPlanCampaign();
		Long committee = campaigns.get(id).committeeId();
		// 17:30 UTC on 21/8 is already 22/8 in Hà Nội
		clock.setInstant(Instant.parse("2024-08-21T17:30:00Z"));
		OfficialDocument letter = committeeDocuments.draft(committee, DocumentType.OFFICIAL_LETTER)
			.summary("đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024")
			.build();
		assertThat(letter.parentBody()).isEqualTo("UBND HUYỆN TAM ĐƯỜNG");
		assertThat(letter.issuingBody()).isEqualTo("BAN AN TOÀN GIAO THÔNG");
		assertThat(letter.number().line()).isEqualTo("Số:      /BATGT");
		assertThat(letter.dateLine().text()).isEqualTo("Tam Đường, ngày 22 tháng 8 năm 2024");
		assertThat(letter.signature().titleLines()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
		assertThat(letter.recipients()).containsExactly("Các thành viên BATGT huyện;", "UBND các xã, thị trấn;",
				"Lưu: VT.");

		OfficialDocument atSignature = committeeDocuments.draft(committee, DocumentType.REPORT)
			.numbered("9")
			.datedAtSignature(2024)
			.build();
		assertThat(atSignature.number().line()).isEqualTo("Số: 09/BC-BATGT");
		assertThat(atSignature.dateLine().text()).isEqualTo("Tam Đường, ngày     tháng     năm 2024");
	}

	@Test
	void anUnknownCampaignOrCommitteeIsNotFound() {
		assertThatThrownBy(() -> documents.available(users.leader(), -1L)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> documents.launchPlan(users.leader(), -1L))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> committeeDocuments.draft(-1L, DocumentType.PLAN)).isInstanceOf(NotFoundException.class);
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(cell -> cell.getText()).toList();
	}
}
