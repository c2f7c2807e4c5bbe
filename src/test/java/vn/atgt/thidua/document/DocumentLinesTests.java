package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignStatus;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.unit.CommitteeView;

/** The lines whose form Nghị định 30/2020 fixes: place and date, number and code, recipients, file names. */
class DocumentLinesTests {

	@Test
	void dateLineWritesDayAndMonthAsTheDecreeDoes() {
		assertThat(DateLine.of("Tam Đường", LocalDate.of(2024, 6, 21)).text())
			.isEqualTo("Tam Đường, ngày 21 tháng 6 năm 2024");
		assertThat(DateLine.of("Tam Đường", LocalDate.of(2024, 12, 31)).text())
			.isEqualTo("Tam Đường, ngày 31 tháng 12 năm 2024");
		assertThat(DateLine.of("Tam Đường", LocalDate.of(2024, 3, 10)).text())
			.isEqualTo("Tam Đường, ngày 10 tháng 3 năm 2024");
	}

	@Test
	void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
		assertThat(DateLine.of("Lai Châu", LocalDate.of(2025, 1, 5)).text())
			.isEqualTo("Lai Châu, ngày 05 tháng 01 năm 2025");
		assertThat(DateLine.of("Lai Châu", LocalDate.of(2024, 2, 29)).text())
			.isEqualTo("Lai Châu, ngày 29 tháng 02 năm 2024");
		assertThat(DateLine.of("Lai Châu", LocalDate.of(2024, 11, 1)).text())
			.isEqualTo("Lai Châu, ngày 01 tháng 11 năm 2024");
		assertThat(DateLine.of("Lai Châu", LocalDate.of(2024, 9, 9)).dateText()).isEqualTo("ngày 09 tháng 9 năm 2024");
	}

	@Test
	void aDocumentDatedAtSignatureKeepsDayAndMonthBlank() {
		DateLine blank = DateLine.blank("Tam Đường", 2024);
		assertThat(blank.isBlank()).isTrue();
		assertThat(blank.text()).isEqualTo("Tam Đường, ngày     tháng     năm 2024");
	}

	@Test
	void numberLineJoinsNumberTypeCodeAndIssuerCode() {
		assertThat(DocumentNumber.of("06", DocumentType.PLAN, "BATGT").line()).isEqualTo("Số: 06/KH-BATGT");
		assertThat(DocumentNumber.of("15", DocumentType.REPORT, "BATGT").line()).isEqualTo("Số: 15/BC-BATGT");
		assertThat(DocumentNumber.of("58", DocumentType.DECISION, "BATGT").line()).isEqualTo("Số: 58/QĐ-BATGT");
		assertThat(DocumentNumber.of("3", DocumentType.SUBMISSION, "BATGT").line()).isEqualTo("Số: 03/TTr-BATGT");
	}

	@Test
	void numbersBelowTenTakeALeadingZero() {
		assertThat(DocumentNumber.of("6", DocumentType.PLAN, "BATGT").text()).isEqualTo("06/KH-BATGT");
		assertThat(DocumentNumber.of("10", DocumentType.PLAN, "BATGT").text()).isEqualTo("10/KH-BATGT");
		assertThat(DocumentNumber.of("123", DocumentType.PLAN, "BATGT").text()).isEqualTo("123/KH-BATGT");
	}

	@Test
	void aBlankNumberLeavesRoomForTheClerk() {
		DocumentNumber blank = DocumentNumber.blank(DocumentType.PLAN, "BATGT");
		assertThat(blank.isBlank()).isTrue();
		assertThat(blank.line()).isEqualTo("Số:      /KH-BATGT");
		assertThat(blank.withNumber("7").line()).isEqualTo("Số: 07/KH-BATGT");
		assertThat(DocumentNumber.of("  ", DocumentType.PLAN, "BATGT").isBlank()).isTrue();
	}

	@Test
	void anOfficialLetterHasNoTypeCode() {
		assertThat(DocumentNumber.blank(DocumentType.OFFICIAL_LETTER, "BATGT").line()).isEqualTo("Số:      /BATGT");
		assertThat(DocumentNumber.of("125", DocumentType.OFFICIAL_LETTER, "BATGT").line()).isEqualTo("Số: 125/BATGT");
		assertThat(DocumentType.OFFICIAL_LETTER.title()).isNull();
	}

	@Test
	void aPlanNumberWrittenInFullIsReadBack() {
		assertThat(DocumentNumber.parse("06/KH-BATGT", DocumentType.PLAN, "X"))
			.isEqualTo(new DocumentNumber("06", "KH-BATGT"));
		assertThat(DocumentNumber.parse(" 6/KH-BATGT ", DocumentType.PLAN, "X").line()).isEqualTo("Số: 06/KH-BATGT");
		assertThat(DocumentNumber.parse("6", DocumentType.PLAN, "BATGT").line()).isEqualTo("Số: 06/KH-BATGT");
		assertThat(DocumentNumber.parse("/KH-BATGT", DocumentType.PLAN, "X").line()).isEqualTo("Số:      /KH-BATGT");
		assertThat(DocumentNumber.parse(null, DocumentType.PLAN, "BATGT").line()).isEqualTo("Số:      /KH-BATGT");
	}

	@Test
	void listLinesEndWithASemicolonAndTheLastWithAFullStop() {
		assertThat(DocxWriter.ending("UBND các xã, thị trấn;", ";")).isEqualTo("UBND các xã, thị trấn;");
		assertThat(DocxWriter.ending("UBND xã Bản Bo", ";")).isEqualTo("UBND xã Bản Bo;");
		assertThat(DocxWriter.ending("Lưu: VT;", ".")).isEqualTo("Lưu: VT.");
		assertThat(DocxWriter.ending("Lưu: VT, KTHT.", ".")).isEqualTo("Lưu: VT, KTHT.");
	}

	@Test
	void anOfficialLetterNeedsItsSubject() {
		assertThatThrownBy(() -> DocumentSamples.base(DocumentType.OFFICIAL_LETTER).build())
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(DocumentSamples.urgingLetter().subjectLine())
			.isEqualTo("V/v đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024");
	}

	@Test
	void aDocumentIsCitedByKindNumberAndDate() {
		assertThat(DocumentSamples.plan().citation()).isEqualTo("Kế hoạch số 06/KH-BATGT ngày 21 tháng 6 năm 2024");
	}

	@Test
	void recipientsComeFromTheCommitteeAndEndWithTheArchive() {
		assertThat(CommitteeDocuments.recipientsOf(committee("- Các thành viên Ban ATGT;\n\n- UBND các xã;")))
			.containsExactly("Các thành viên Ban ATGT;", "UBND các xã;", "Lưu: VT.");
		assertThat(CommitteeDocuments.recipientsOf(committee("Các thành viên Ban ATGT;\nLưu: VT, KTHT.")))
			.containsExactly("Các thành viên Ban ATGT;", "Lưu: VT, KTHT.");
		assertThat(CommitteeDocuments.recipientsOf(committee(null))).containsExactly("Lưu: VT.");
	}

	@Test
	void signatureTakesTheCommitteesLinesInCapitals() {
		Signature signature = CommitteeDocuments.signatureOf(committee(null));
		assertThat(signature.titleLines()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
		assertThat(signature.signerNote()).isEqualTo("TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG");
		assertThat(signature.signerName()).isEqualTo("Lê Huy Chính");
	}

	@Test
	void planFileNameIsMadeOfThePlanNumber() {
		assertThat(LaunchPlan.fileName(campaign("06/KH-BATGT"))).isEqualTo("KH-06-KH-BATGT.docx");
		assertThat(LaunchPlan.fileName(campaign("12/KH-BATGT/"))).isEqualTo("KH-12-KH-BATGT.docx");
		assertThat(LaunchPlan.fileName(campaign("../../etc/passwd"))).isEqualTo("KH-etc-passwd.docx");
	}

	static CommitteeView committee(String recipients) {
		return new CommitteeView(1L, "Ban An toàn giao thông huyện Tam Đường", 1L, "Tam Đường", null, null,
				"UBND huyện Tam Đường", "Ban An toàn giao thông", "BATGT", "Tam Đường", "KT. Trưởng ban",
				"Phó Trưởng ban thường trực", "Trưởng phòng Kinh tế và Hạ tầng", "Lê Huy Chính", recipients, true, 0,
				List.of());
	}

	static CampaignView campaign(String planNumber) {
		return new CampaignView(1L, 1L, planNumber, LocalDate.of(2024, 6, 21), null, "Thử", null, null, null,
				LocalDate.of(2024, 6, 21), LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(),
				AccidentPeriodConvention.CALENDAR_MONTH, CampaignStatus.DRAFT, 0);
	}
}
