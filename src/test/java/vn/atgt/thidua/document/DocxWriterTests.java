package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The writer's DOCX read back with POI: page and margins, the header table, title, body, tables, closing and annex with
 * the fonts, sizes, bold and italics of Nghị định 30/2020.
 */
class DocxWriterTests {

	final DocxWriter writer = new DocxWriter();

	@Test
	void pageIsA4PortraitWithTheDecreesMargins() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			CTPageSz size = section.getPgSz();
			assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
			CTPageMar margins = section.getPgMar();
			// twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 851
			assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(851));
		}
	}

	@Test
	void everyRunIsTimesNewRoman() throws IOException {
		for (OfficialDocument document : List.of(DocumentSamples.plan(), DocumentSamples.urgingLetter())) {
			try (XWPFDocument docx = read(writer.write(document))) {
				List<XWPFRun> runs = allParagraphs(docx).stream().flatMap(p -> p.getRuns().stream()).toList();
				assertThat(runs).isNotEmpty();
				assertThat(runs).allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
			}
		}
	}

	@Test
	void headerHasTheIssuerOnTheLeftAndTheNationalTitleOnTheRight() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFTable header = docx.getTables().get(0);
			assertThat(header.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
			assertThat(header.getInsideVBorderType()).isEqualTo(XWPFBorderType.NONE);
			assertThat(texts(header.getRow(0).getCell(0)))
				.containsExactly("UBND HUYỆN TAM ĐƯỜNG", "BAN AN TOÀN GIAO THÔNG", "");
			assertThat(texts(header.getRow(0).getCell(1)))
				.containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
			assertThat(texts(header.getRow(1).getCell(0))).containsExactly("Số: 06/KH-BATGT");
			assertThat(texts(header.getRow(1).getCell(1))).containsExactly("Tam Đường, ngày 21 tháng 6 năm 2024");

			XWPFRun parent = firstRun(header.getRow(0).getCell(0).getParagraphs().get(0));
			assertThat(parent.isBold()).isFalse();
			assertThat(parent.getFontSizeAsDouble()).isEqualTo(13.0);
			XWPFRun issuer = firstRun(header.getRow(0).getCell(0).getParagraphs().get(1));
			assertThat(issuer.isBold()).isTrue();
			assertThat(issuer.getFontSizeAsDouble()).isEqualTo(13.0);
			XWPFRun nation = firstRun(header.getRow(0).getCell(1).getParagraphs().get(0));
			assertThat(nation.isBold()).isTrue();
			assertThat(nation.getFontSizeAsDouble()).isEqualTo(12.0);
			XWPFRun motto = firstRun(header.getRow(0).getCell(1).getParagraphs().get(1));
			assertThat(motto.isBold()).isTrue();
			assertThat(motto.getFontSizeAsDouble()).isEqualTo(13.0);
			XWPFRun date = firstRun(header.getRow(1).getCell(1).getParagraphs().get(0));
			assertThat(date.isItalic()).isTrue();
			assertThat(date.isBold()).isFalse();
			// the short rule under the issuer and the full-length rule under the motto
			assertThat(header.getRow(0).getCell(0).getParagraphs().get(2).getCTP().getPPr().getPBdr().getBottom())
				.isNotNull();
			assertThat(header.getRow(0).getCell(1).getParagraphs().get(2).getCTP().getPPr().getPBdr().getBottom())
				.isNotNull();
		}
	}

	@Test
	void titleAndSummaryAreBoldAndCentred() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFParagraph title = paragraph(docx, "KẾ HOẠCH");
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(firstRun(title).isBold()).isTrue();
			assertThat(firstRun(title).getFontSizeAsDouble()).isEqualTo(14.0);
			XWPFParagraph summary = paragraph(docx, "Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông "
					+ "năm 2024 trên địa bàn huyện Tam Đường");
			assertThat(firstRun(summary).isBold()).isTrue();
			assertThat(summary.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		}
	}

	@Test
	void bodyParagraphsAreJustifiedWithAnIndentedFirstLine() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFParagraph body = paragraph(docx, "Căn cứ Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu.");
			assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(body.getFirstLineIndent()).isEqualTo(720);
			assertThat(body.getSpacingAfter()).isGreaterThanOrEqualTo(120);
			assertThat(body.getSpacingBetween()).isBetween(1.15, 1.5);
			assertThat(firstRun(body).getFontSizeAsDouble()).isEqualTo(14.0);
			assertThat(firstRun(body).isBold()).isFalse();

			assertThat(firstRun(paragraph(docx, "I. MỤC ĐÍCH, YÊU CẦU")).isBold()).isTrue();
			assertThat(firstRun(paragraph(docx, "1. Mục đích")).isBold()).isTrue();
			XWPFParagraph bullet = paragraph(docx,
					"- Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT ở tất cả các lĩnh vực giao thông vận tải.");
			assertThat(bullet.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
		}
	}

	@Test
	void tablesHaveABoldHeaderRowRepeatedOnEveryPage() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFTable periods = docx.getTables().get(1);
			XWPFTableRow header = periods.getRow(0);
			assertThat(header.isRepeatHeader()).isTrue();
			assertThat(header.getTableCells().stream().map(XWPFTableCell::getText))
				.containsExactly("STT", "Kỳ báo cáo", "Hạn nộp");
			assertThat(header.getTableCells()).allSatisfy(cell -> assertThat(firstRun(cell.getParagraphs().get(0)).isBold())
				.isTrue());
			assertThat(periods.getRow(2).getTableCells().stream().map(XWPFTableCell::getText))
				.containsExactly("2", "Tháng 8/2024", "20/09/2024");
			assertThat(periods.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
		}
	}

	@Test
	void closingHasRecipientsOnTheLeftAndTheSignatureOnTheRight() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFTable closing = docx.getTables().get(2);
			assertThat(closing.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
			XWPFTableCell recipients = closing.getRow(0).getCell(0);
			assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Các thành viên BATGT huyện;",
					"- UBND các xã, thị trấn;", "- Lưu: VT.");
			XWPFRun title = firstRun(recipients.getParagraphs().get(0));
			assertThat(title.isBold()).isTrue();
			assertThat(title.isItalic()).isTrue();
			assertThat(title.getFontSizeAsDouble()).isEqualTo(12.0);
			assertThat(firstRun(recipients.getParagraphs().get(1)).getFontSizeAsDouble()).isEqualTo(11.0);

			XWPFTableCell signature = closing.getRow(0).getCell(1);
			assertThat(texts(signature)).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
					"TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG", "Lê Huy Chính");
			assertThat(signature.getParagraphs()).allSatisfy(p -> {
				assertThat(firstRun(p).isBold()).isTrue();
				assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			});
			// room for the signature and the seal above the signer's lines
			assertThat(signature.getParagraphs().get(2).getSpacingBefore()).isGreaterThanOrEqualTo(1400);
		}
	}

	@Test
	void annexStartsOnANewPageAndCitesItsDocument() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			XWPFParagraph label = paragraph(docx, "PHỤ LỤC");
			assertThat(label.isPageBreak()).isTrue();
			assertThat(firstRun(label).isBold()).isTrue();
			XWPFParagraph reference = paragraph(docx, "(Kèm theo Kế hoạch số 06/KH-BATGT ngày 21 tháng 6 năm 2024 của "
					+ "Ban An toàn giao thông huyện Tam Đường)");
			assertThat(firstRun(reference).isItalic()).isTrue();
			assertThat(docx.getTables().get(3).getRow(2).getCell(1).getText()).isEqualTo("UBND xã Bản Bo");
		}
	}

	@Test
	void pagesAreNumberedFromTheSecondPage() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.plan()))) {
			assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
			assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP()
				.getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
			assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
		}
	}

	@Test
	void anOfficialLetterHasItsSubjectUnderTheNumberAndItsAddressees() throws IOException {
		try (XWPFDocument docx = read(writer.write(DocumentSamples.urgingLetter()))) {
			XWPFTable header = docx.getTables().get(0);
			assertThat(texts(header.getRow(1).getCell(0))).containsExactly("Số:      /BATGT",
					"V/v đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024");
			XWPFRun subject = firstRun(header.getRow(1).getCell(0).getParagraphs().get(1));
			assertThat(subject.getFontSizeAsDouble()).isEqualTo(12.0);
			assertThat(subject.isBold()).isFalse();
			assertThat(texts(header.getRow(1).getCell(1))).containsExactly("Tam Đường, ngày     tháng     năm 2024");

			List<String> body = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(body).doesNotContain("KẾ HOẠCH", "CÔNG VĂN");
			assertThat(body).containsSubsequence("Kính gửi:", "- UBND xã Bản Bo;", "- UBND xã Nà Tăm;",
					"- Trung tâm Y tế huyện.",
					"Ban ATGT đề nghị các đơn vị gửi báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024.");
			assertThat(texts(docx.getTables().get(1).getRow(0).getCell(0))).containsSubsequence("Nơi nhận:",
					"- Như trên;", "- Các thành viên BATGT huyện;", "- Lưu: VT.");
		}
	}

	@Test
	void aSingleAddresseeStandsOnTheLineOfKinhGui() throws IOException {
		OfficialDocument letter = DocumentSamples.base(DocumentType.OFFICIAL_LETTER)
			.summary("đôn đốc báo cáo")
			.addressees("UBND xã Bản Bo")
			.build();
		try (XWPFDocument docx = read(writer.write(letter))) {
			assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Kính gửi: UBND xã Bản Bo.");
		}
	}

	static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	/** Every paragraph in reading order, those in table cells included. */
	static List<XWPFParagraph> allParagraphs(XWPFDocument docx) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		for (IBodyElement element : docx.getBodyElements()) {
			if (element instanceof XWPFParagraph p) {
				paragraphs.add(p);
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						paragraphs.addAll(cell.getParagraphs());
					}
				}
			}
		}
		return paragraphs;
	}

	static XWPFParagraph paragraph(XWPFDocument docx, String text) {
		return allParagraphs(docx).stream()
			.filter(p -> p.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in "
					+ allParagraphs(docx).stream().map(XWPFParagraph::getText).toList()));
	}

	static List<String> texts(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	static XWPFRun firstRun(XWPFParagraph paragraph) {
		assertThat(paragraph.getRuns()).as("runs of \"" + paragraph.getText() + "\"").isNotEmpty();
		return paragraph.getRuns().get(0);
	}
}
