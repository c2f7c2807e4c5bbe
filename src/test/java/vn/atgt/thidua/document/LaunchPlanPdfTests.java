package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atgt.thidua.support.LibreOffice.squeezed;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * The launching plan opens in LibreOffice as an office would open it: converted to PDF, its text read back with
 * pdftotext shows the header, title, body, signature block and annex in order, with their Vietnamese marks intact.
 */
@ThiDuaIntegrationTest
class LaunchPlanPdfTests {

	@Autowired
	DocumentFixture fixture;

	@Autowired
	CampaignDocuments documents;

	@Autowired
	TestUsers users;

	@Autowired
	CampaignService campaigns;

	@TempDir
	Path workDir;

	@Test
	void launchPlanReadsBackFromLibreOfficeWithItsDiacritics() {
		Long id = fixture.seedPlanCampaign();
		DocumentFile plan = documents.launchPlan(users.leader(), id);

		String text = LibreOffice.text(plan.content(), workDir);
		List<String> pages = LibreOffice.pages(text);

		String first = pages.get(0);
		for (String line : List.of("UBND HUYỆN TAM ĐƯỜNG", "BAN AN TOÀN GIAO THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Số: 06/KH-BATGT", "Tam Đường, ngày 21 tháng 6 năm 2024", "KẾ HOẠCH")) {
			assertThat(first).as("first page").contains(line);
		}
		// the issuer and the national title share a line, as do the number and the place and date
		assertThat(first.lines()).anyMatch(l -> l.contains("UBND HUYỆN TAM ĐƯỜNG") && l.contains("CỘNG HÒA XÃ HỘI"));
		assertThat(first.lines()).anyMatch(l -> l.contains("Số: 06/KH-BATGT") && l.contains("Tam Đường, ngày 21"));

		TaskAreaView fourth = campaigns.taskAreas(id).get(3);
		String all = squeezed(text);
		assertThat(all).containsSubsequence(squeezed("KẾ HOẠCH"), squeezed(DocumentFixture.TITLE),
				squeezed("Căn cứ " + DocumentFixture.BASIS + "."),
				squeezed("Ban An toàn giao thông huyện Tam Đường xây dựng Kế hoạch " + DocumentFixture.TITLE + " như sau:"),
				squeezed("I. MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG THỰC HIỆN"), squeezed("II. NỘI DUNG PHONG TRÀO THI ĐUA"),
				squeezed("4. " + fourth.description()), squeezed("III. TỔ CHỨC THỰC HIỆN"),
				squeezed("Phong trào thi đua được triển khai thực hiện từ khi Kế hoạch này được ban hành đến hết ngày "
						+ "31/12/2024."),
				squeezed("Tháng 12/2024"), squeezed("20/01/2025"), squeezed("Nơi nhận:"),
				squeezed("KT. TRƯỞNG BAN"), squeezed("PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
				squeezed("TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG"), squeezed("Lê Huy Chính"));
		assertThat(text).contains("- Các thành viên BATGT huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT.");

		// the annex on a page of its own, after the signature; pages numbered from the second
		String last = pages.get(pages.size() - 1);
		assertThat(pages.size()).isGreaterThanOrEqualTo(3);
		assertThat(last).contains("PHỤ LỤC", "DANH SÁCH ĐƠN VỊ THAM GIA PHONG TRÀO THI ĐUA", "Công an huyện Tam Đường",
				"UBND xã Bản Bo");
		assertThat(squeezed(last)).contains(squeezed("(Kèm theo Kế hoạch số 06/KH-BATGT ngày 21 tháng 6 năm 2024 của "
				+ "Ban An toàn giao thông huyện Tam Đường)"));
		assertThat(firstLine(pages.get(1))).isEqualTo("2");
		assertThat(firstLine(first)).doesNotMatch("\\d+");
	}

	private static String firstLine(String page) {
		return page.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
	}
}
