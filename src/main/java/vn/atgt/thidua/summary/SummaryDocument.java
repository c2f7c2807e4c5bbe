package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.Block;
import vn.atgt.thidua.document.CommitteeDocuments;
import vn.atgt.thidua.document.DocumentType;
import vn.atgt.thidua.document.DocumentFile;
import vn.atgt.thidua.document.DocxWriter;
import vn.atgt.thidua.document.KeptFiles;
import vn.atgt.thidua.document.OfficialDocument;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The report as a DOCX in the layout of Nghị định 30/2020 (document module): the committee's header and "Số: …/BC-…",
 * place and date (left blank for the clerk while a draft; the day it was finalised after), "BÁO CÁO" and "Sơ kết /
 * Tổng kết phong trào thi đua …", then the four parts of DOMAIN.md §3.6 — results (the data sections, their tables with
 * repeated header rows), assessment, direction and tasks, proposals — the committee's "Nơi nhận" and signature block.
 * A section the office has not written prints "Chưa có nội dung.": a draft shows what is missing.
 */
@Component
public class SummaryDocument {

	static final String EMPTY = "Chưa có nội dung.";

	private final SummaryService summaries;
	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final CommitteeDocuments documents;
	private final DocxWriter writer;
	private final KeptFiles kept;

	SummaryDocument(SummaryService summaries, CampaignService campaigns, CommitteeService committees,
			CommitteeDocuments documents, DocxWriter writer, KeptFiles kept) {
		this.kept = kept;
		this.summaries = summaries;
		this.campaigns = campaigns;
		this.committees = committees;
		this.documents = documents;
		this.writer = writer;
	}

	/** The report's DOCX: of a final report, the file kept when it was finalised; of a draft, generated now. */
	@Transactional(readOnly = true)
	public SummaryFile docx(CurrentUser user, Long campaignId, Long reportId) {
		long start = System.nanoTime();
		SummaryView report = summaries.get(user, campaignId, reportId);
		if (report.docxKeptId() != null) {
			DocumentFile file = kept.content(user, campaignId, report.docxKeptId());
			return new SummaryFile(file.fileName(), file.content(), (System.nanoTime() - start) / 1_000_000);
		}
		return generate(report);
	}

	/** The DOCX generated from the report as it stands. */
	SummaryFile generate(SummaryView report) {
		long start = System.nanoTime();
		CampaignView campaign = campaigns.get(report.campaignId());
		CommitteeView committee = committees.get(campaign.committeeId());
		byte[] content = writer.write(compose(report, campaign, committee));
		return new SummaryFile(SummaryWorkbook.fileName(report, "docx"), content, (System.nanoTime() - start) / 1_000_000);
	}

	OfficialDocument compose(SummaryView report, CampaignView campaign, CommitteeView committee) {
		OfficialDocument.Builder draft = documents.draft(committee, DocumentType.REPORT);
		if (report.isFinal()) {
			draft.dated(report.finalisedAt().atZone(Formats.ZONE).toLocalDate());
		}
		else {
			draft.datedAtSignature(report.to().getYear());
		}
		draft.summary(report.kind().word() + " " + movement(campaign)
				+ (report.kind() == SummaryKind.SIX_MONTH ? " (từ ngày " + Formats.DATE.format(report.from())
						+ " đến ngày " + Formats.DATE.format(report.to()) + ")" : ""));
		draft.heading("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA");
		for (SectionKey key : SectionKey.values()) {
			if (key.part() == 1) {
				section(draft, key.heading(), report.section(key));
			}
		}
		draft.heading("II. ĐÁNH GIÁ CHUNG");
		for (SectionKey key : List.of(SectionKey.STRENGTHS, SectionKey.SHORTCOMINGS, SectionKey.LESSONS)) {
			section(draft, key.heading(), report.section(key));
		}
		draft.heading(report.kind() == SummaryKind.YEAR_END
				? "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (report.to().getYear() + 1)
				: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
		section(draft, null, report.section(SectionKey.DIRECTION));
		draft.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ");
		section(draft, null, report.section(SectionKey.PROPOSALS));
		draft.paragraph("Trên đây là báo cáo " + Texts.lowerFirst(report.kind().word()) + " " + movement(campaign) + " của "
				+ committee.name() + "./.");
		return draft.build();
	}

	/** "phong trào thi đua bảo đảm …" from the campaign's title ("Phát động phong trào thi đua …"). */
	static String movement(CampaignView campaign) {
		String title = Texts.lowerFirst(campaign.title().strip());
		return title.startsWith("phát động ") ? title.substring("phát động ".length()) : title;
	}

	private static void section(OfficialDocument.Builder draft, String heading, SectionView section) {
		if (heading != null) {
			draft.heading(heading);
		}
		if (section.isEmpty()) {
			draft.paragraph(EMPTY);
			return;
		}
		section.paragraphs().forEach(draft::paragraph);
		if (section.table() != null) {
			draft.table(table(section.table()));
		}
	}

	/**
	 * A section's table: a leading order column narrow and centred, figures right-aligned, text left and as wide as its
	 * longest cell asks (within bounds), so that eight columns still fit the width of an A4 page.
	 */
	static Block.Table table(SectionTable table) {
		List<Block.Table.Column> columns = new ArrayList<>();
		for (int c = 0; c < table.header().size(); c++) {
			final int column = c;
			String title = table.header().get(c);
			boolean figures = !table.rows().isEmpty()
					&& table.rows().stream().allMatch(row -> row.get(column).matches("[-+0-9.,%—]*"));
			int longest = table.rows().stream().mapToInt(row -> row.get(column).length()).max().orElse(title.length());
			if (figures) {
				columns.add(c == 0 ? Block.Table.Column.centred(title, 3) : Block.Table.Column.figure(title, 3));
			}
			else {
				columns.add(Block.Table.Column.text(title, Math.max(3, Math.min(8, longest / 6))));
			}
		}
		return new Block.Table(columns, table.rows());
	}
}
