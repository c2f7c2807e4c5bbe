package vn.atgt.thidua.document;

import static vn.atgt.thidua.document.DocxParts.borders;
import static vn.atgt.thidua.document.DocxParts.font;
import static vn.atgt.thidua.document.DocxParts.layoutTable;
import static vn.atgt.thidua.document.DocxParts.rule;
import static vn.atgt.thidua.document.DocxParts.shape;
import static vn.atgt.thidua.document.DocxParts.text;
import static vn.atgt.thidua.document.DocxParts.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.DocxParts.Cell;

/**
 * Renders an {@link OfficialDocument} to DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins
 * top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman throughout; the header as a borderless two-column
 * table (issuer, number and "V/v" line on the left; national title, motto and place and date on the right), the title
 * and summary, the "Kính gửi:" block, the body (14 pt, justified, first line indented 1.27 cm, 6 pt after, line
 * spacing 1.15), then the recipients and signature side by side, and the annexes each on a new page. Pages are
 * numbered at the top centre from the second page on. Stateless: one instance serves every request.
 */
@Component
public class DocxWriter {

	static final String FONT = "Times New Roman";

	// Measures in twips (1/20 pt; 1 mm = 56.7 twips).
	static final int PAGE_WIDTH = 11906;
	static final int PAGE_HEIGHT = 16838;
	static final int MARGIN_TOP = 1134;
	static final int MARGIN_BOTTOM = 1134;
	static final int MARGIN_LEFT = 1701;
	static final int MARGIN_RIGHT = 851;
	static final int HEADER_DISTANCE = 567;
	static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
	/** The issuer's column of the header and the recipients' column of the closing (6.8 cm). */
	static final int LEFT_COLUMN = 3855;
	static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
	static final int FIRST_LINE_INDENT = 720;
	static final int SPACING_AFTER = 120;
	static final double LINE_SPACING = 1.15;

	// Sizes in points, within the ranges of Phụ lục I.
	static final int BODY_SIZE = 14;
	static final int ISSUER_SIZE = 13;
	static final int NATIONAL_TITLE_SIZE = 12;
	static final int MOTTO_SIZE = 13;
	static final int NUMBER_SIZE = 13;
	static final int SUBJECT_SIZE = 12;
	static final int DATE_SIZE = 13;
	static final int TITLE_SIZE = 14;
	static final int TABLE_SIZE = 13;
	static final int RECIPIENTS_TITLE_SIZE = 12;
	static final int RECIPIENTS_SIZE = 11;
	static final int SIGNATURE_TITLE_SIZE = 13;
	static final int SIGNER_SIZE = 14;

	static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
	static final String ADDRESSED_TO = "Kính gửi:";
	static final String RECIPIENTS = "Nơi nhận:";

	/** The DOCX file of the document. */
	public byte[] write(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			write(document, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Writes the DOCX file of the document to the stream (which stays open). */
	public void write(OfficialDocument document, OutputStream out) throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			setUpPage(docx);
			setUpDefaults(docx, document);
			header(docx, document);
			title(docx, document);
			addressees(docx, document.addressees());
			blocks(docx, document.body());
			closing(docx, document);
			for (Annex annex : document.annexes()) {
				annex(docx, annex);
			}
			docx.write(out);
		}
	}

	// --- page ---------------------------------------------------------------------------------------------------------

	private static void setUpPage(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(twips(PAGE_WIDTH));
		size.setH(twips(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(twips(MARGIN_TOP));
		margins.setBottom(twips(MARGIN_BOTTOM));
		margins.setLeft(twips(MARGIN_LEFT));
		margins.setRight(twips(MARGIN_RIGHT));
		margins.setHeader(twips(HEADER_DISTANCE));
		margins.setFooter(twips(HEADER_DISTANCE));
		margins.setGutter(twips(0));

		// Phụ lục I: page numbers centred in the top margin, not shown on the first page.
		docx.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTR run = field.addNewR();
		font(run.addNewRPr(), BODY_SIZE);
		run.addNewT().setStringValue("2");
	}

	private static void setUpDefaults(XWPFDocument docx, OfficialDocument document) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		docx.createStyles().setDefaultFonts(fonts);
		docx.getStyles().setSpellingLanguage("vi-VN");
		var core = docx.getProperties().getCoreProperties();
		core.setCreator(document.issuingBody());
		String title = document.type().isOfficialLetter() ? document.subjectLine()
				: document.type().title() + (document.summary() == null ? "" : " " + document.summary());
		core.setTitle(title);
	}

	// --- header -------------------------------------------------------------------------------------------------------

	private static void header(XWPFDocument docx, OfficialDocument document) {
		XWPFTable table = layoutTable(docx, 2, LEFT_COLUMN, RIGHT_COLUMN);

		Cell issuer = new Cell(table.getRow(0).getCell(0));
		if (!document.parentBody().isEmpty()) {
			issuer.line(ParagraphAlignment.CENTER).text(document.parentBody(), ISSUER_SIZE, false, false);
		}
		issuer.line(ParagraphAlignment.CENTER).text(document.issuingBody(), ISSUER_SIZE, true, false);
		rule(issuer.line(ParagraphAlignment.CENTER).paragraph(), LEFT_COLUMN, 1300);

		Cell nation = new Cell(table.getRow(0).getCell(1));
		nation.line(ParagraphAlignment.CENTER).text(NATIONAL_TITLE, NATIONAL_TITLE_SIZE, true, false);
		nation.line(ParagraphAlignment.CENTER).text(MOTTO, MOTTO_SIZE, true, false);
		// the rule under the motto is as long as the motto
		rule(nation.line(ParagraphAlignment.CENTER).paragraph(), RIGHT_COLUMN, 3420);

		Cell number = new Cell(table.getRow(1).getCell(0));
		number.line(ParagraphAlignment.CENTER).text(document.number().line(), NUMBER_SIZE, false, false);
		if (document.type().isOfficialLetter()) {
			number.line(ParagraphAlignment.CENTER).text(document.subjectLine(), SUBJECT_SIZE, false, false);
		}

		Cell date = new Cell(table.getRow(1).getCell(1));
		date.line(ParagraphAlignment.CENTER).text(document.dateLine().text(), DATE_SIZE, false, true);
	}

	private static void title(XWPFDocument docx, OfficialDocument document) {
		if (document.type().isOfficialLetter()) {
			return;
		}
		XWPFParagraph title = docx.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingBefore(480);
		title.setSpacingAfter(0);
		title.setKeepNext(true);
		text(title, document.type().title(), TITLE_SIZE, true, false);
		if (document.summary() != null) {
			XWPFParagraph summary = docx.createParagraph();
			summary.setAlignment(ParagraphAlignment.CENTER);
			summary.setSpacingAfter(0);
			summary.setKeepNext(true);
			text(summary, document.summary(), TITLE_SIZE, true, false);
		}
		XWPFParagraph rule = docx.createParagraph();
		rule.setSpacingAfter(240);
		rule(rule, TEXT_WIDTH, 2400);
	}

	private static void addressees(XWPFDocument docx, List<String> addressees) {
		if (addressees.isEmpty()) {
			return;
		}
		if (addressees.size() == 1) {
			XWPFParagraph line = docx.createParagraph();
			line.setAlignment(ParagraphAlignment.CENTER);
			line.setSpacingBefore(360);
			line.setSpacingAfter(360);
			text(line, ADDRESSED_TO + " " + ending(addressees.get(0), "."), BODY_SIZE, false, false);
			return;
		}
		XWPFParagraph first = docx.createParagraph();
		first.setIndentationLeft(1134);
		first.setSpacingBefore(360);
		first.setSpacingAfter(0);
		text(first, ADDRESSED_TO, BODY_SIZE, false, false);
		for (int i = 0; i < addressees.size(); i++) {
			XWPFParagraph line = docx.createParagraph();
			line.setIndentationLeft(2268);
			line.setSpacingAfter(i == addressees.size() - 1 ? 360 : 0);
			text(line, "- " + ending(addressees.get(i), i == addressees.size() - 1 ? "." : ";"), BODY_SIZE, false,
					false);
		}
	}

	// --- body ---------------------------------------------------------------------------------------------------------

	private static void blocks(XWPFDocument docx, List<Block> blocks) {
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			// a heading, and a line that introduces a table, stay on the page of what follows them
			boolean keepNext = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Table;
			if (block instanceof Block.Heading heading) {
				XWPFParagraph p = bodyParagraph(docx);
				p.setKeepNext(true);
				text(p, heading.text(), BODY_SIZE, true, false);
			}
			else if (block instanceof Block.Paragraph paragraph) {
				XWPFParagraph p = bodyParagraph(docx);
				p.setKeepNext(keepNext);
				text(p, paragraph.text(), BODY_SIZE, false, false);
			}
			else if (block instanceof Block.Bullet bullet) {
				XWPFParagraph p = bodyParagraph(docx);
				p.setKeepNext(keepNext);
				text(p, "- " + bullet.text(), BODY_SIZE, false, false);
			}
			else if (block instanceof Block.Table table) {
				table(docx, table);
			}
		}
	}

	private static XWPFParagraph bodyParagraph(XWPFDocument docx) {
		XWPFParagraph p = docx.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setFirstLineIndent(FIRST_LINE_INDENT);
		p.setSpacingAfter(SPACING_AFTER);
		p.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
		return p;
	}

	private static void table(XWPFDocument docx, Block.Table content) {
		List<Block.Table.Column> columns = content.columns();
		int totalWeight = columns.stream().mapToInt(Block.Table.Column::weight).sum();
		int[] widths = new int[columns.size()];
		int used = 0;
		for (int i = 0; i < widths.length; i++) {
			widths[i] = i == widths.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * columns.get(i).weight() / totalWeight;
			used += widths[i];
		}
		XWPFTable table = docx.createTable(content.rows().size() + 1, columns.size());
		shape(table, widths);
		// a grid of single lines, as lists in official documents are drawn
		borders(table, XWPFBorderType.SINGLE, 4, "000000");
		table.setCellMargins(40, 80, 40, 80);

		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setVerticalAlignment(XWPFVertAlign.CENTER);
			new Cell(cell).line(ParagraphAlignment.CENTER).text(columns.get(c).title(), TABLE_SIZE, true, false);
		}
		for (int r = 0; r < content.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			List<String> cells = content.rows().get(r);
			for (int c = 0; c < columns.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setVerticalAlignment(XWPFVertAlign.CENTER);
				new Cell(cell).line(alignment(columns.get(c).align())).text(cells.get(c), TABLE_SIZE, false, false);
			}
		}
		// some air between the table and what follows
		XWPFParagraph after = docx.createParagraph();
		after.setSpacingAfter(0);
		after.setSpacingBetween(6, LineSpacingRule.EXACT);
	}

	private static ParagraphAlignment alignment(Block.Table.Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTRE -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		};
	}

	// --- closing: recipients and signature ----------------------------------------------------------------------------

	private static void closing(XWPFDocument docx, OfficialDocument document) {
		XWPFTable table = layoutTable(docx, 1, LEFT_COLUMN, RIGHT_COLUMN);

		Cell recipients = new Cell(table.getRow(0).getCell(0));
		if (!document.recipients().isEmpty()) {
			XWPFParagraph title = recipients.line(ParagraphAlignment.LEFT).paragraph();
			title.setSpacingBefore(120);
			text(title, RECIPIENTS, RECIPIENTS_TITLE_SIZE, true, true);
			List<String> lines = document.recipients();
			for (int i = 0; i < lines.size(); i++) {
				recipients.line(ParagraphAlignment.LEFT)
					.text("- " + ending(lines.get(i), i == lines.size() - 1 ? "." : ";"), RECIPIENTS_SIZE, false, false);
			}
		}

		Signature signature = document.signature();
		Cell signer = new Cell(table.getRow(0).getCell(1));
		for (String line : signature.titleLines()) {
			signer.line(ParagraphAlignment.CENTER).text(upper(line), SIGNATURE_TITLE_SIZE, true, false);
		}
		// the space for the signature and the seal
		boolean spaced = false;
		if (signature.signerNote() != null) {
			XWPFParagraph note = signer.line(ParagraphAlignment.CENTER).paragraph();
			note.setSpacingBefore(1700);
			spaced = true;
			text(note, upper(signature.signerNote()), SIGNATURE_TITLE_SIZE, true, false);
		}
		XWPFParagraph name = signer.line(ParagraphAlignment.CENTER).paragraph();
		if (!spaced) {
			name.setSpacingBefore(1700);
		}
		text(name, signature.signerName(), SIGNER_SIZE, true, false);
	}

	// --- annexes ------------------------------------------------------------------------------------------------------

	private static void annex(XWPFDocument docx, Annex annex) {
		XWPFParagraph label = docx.createParagraph();
		label.setPageBreak(true);
		label.setAlignment(ParagraphAlignment.CENTER);
		label.setSpacingAfter(0);
		text(label, annex.label(), TITLE_SIZE, true, false);
		XWPFParagraph title = docx.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(0);
		text(title, annex.title(), TITLE_SIZE, true, false);
		if (annex.reference() != null && !annex.reference().isBlank()) {
			XWPFParagraph reference = docx.createParagraph();
			reference.setAlignment(ParagraphAlignment.CENTER);
			reference.setSpacingAfter(0);
			text(reference, annex.reference(), TITLE_SIZE, false, true);
		}
		XWPFParagraph rule = docx.createParagraph();
		rule.setSpacingAfter(240);
		rule(rule, TEXT_WIDTH, 2400);
		blocks(docx, annex.body());
	}

	// --- text rules -------------------------------------------------------------------------------------------------

	/** The text ending with the mark: recipients and addressees end with ";" and the last with ".". */
	static String ending(String text, String mark) {
		String stripped = text.strip();
		while (!stripped.isEmpty() && ";.,:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
		}
		return stripped + mark;
	}

	private static String upper(String text) {
		return text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}
}
