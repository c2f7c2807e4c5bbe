package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.DocumentFile;
import vn.atgt.thidua.document.KeptFiles;
import vn.atgt.thidua.summary.AnnexSheets.AnnexSheet;

/**
 * The XLSX of a report's annex tables (DOMAIN.md §5, "Annexes: figure tables and nominee list"): the results per task
 * area and indicator, the results by unit and task area, the accidents by month and by area against the baseline
 * year, the scores and grades, the commendation proposals. The tables the report prints are taken from the report as
 * kept (the figures of its last refresh, as the DOCX prints them); those by unit, month and area are read from the
 * modules' doors for the report's dates.
 */
@Component
public class SummaryWorkbook {

	static final List<String> BY_UNIT = List.of("STT", "Đơn vị", "Nội dung thi đua", "Số chỉ tiêu", "Đạt và vượt",
			"Chưa đạt", "Chưa có báo cáo được duyệt");

	private final SummaryService summaries;
	private final CampaignService campaigns;
	private final ResultsSection results;
	private final AccidentSection accidents;
	private final KeptFiles kept;

	SummaryWorkbook(SummaryService summaries, CampaignService campaigns, ResultsSection results,
			AccidentSection accidents, KeptFiles kept) {
		this.kept = kept;
		this.summaries = summaries;
		this.campaigns = campaigns;
		this.results = results;
		this.accidents = accidents;
	}

	/** The report's XLSX: of a final report, the file kept when it was finalised; of a draft, generated now. */
	@Transactional(readOnly = true)
	public SummaryFile xlsx(CurrentUser user, Long campaignId, Long reportId) {
		long start = System.nanoTime();
		SummaryView report = summaries.get(user, campaignId, reportId);
		if (report.xlsxKeptId() != null) {
			DocumentFile file = kept.content(user, campaignId, report.xlsxKeptId());
			return new SummaryFile(file.fileName(), file.content(), (System.nanoTime() - start) / 1_000_000);
		}
		return generate(user, report);
	}

	/** The XLSX generated from the report and the modules' figures as they stand. */
	SummaryFile generate(CurrentUser user, SummaryView report) {
		long start = System.nanoTime();
		CampaignView campaign = campaigns.get(report.campaignId());
		SummaryScope scope = new SummaryScope(campaign, report.kind(), report.from(), report.to());
		String of = " (" + report.kind().word() + " " + SummaryDocument.movement(campaign) + ", từ ngày "
				+ Formats.DATE.format(report.from()) + " đến ngày " + Formats.DATE.format(report.to()) + ")";
		List<String> accidentHeader = new ArrayList<>(AccidentSection.ANNEX_FIGURES);
		List<AnnexSheet> sheets = List.of(
				section("Kết quả theo nội dung", "Phụ lục 1. Kết quả thực hiện các nội dung thi đua" + of, report,
						SectionKey.RESULTS),
				new AnnexSheet("Kết quả theo đơn vị", "Phụ lục 2. Kết quả thực hiện chỉ tiêu theo đơn vị" + of, BY_UNIT,
						results.byUnit(scope)),
				new AnnexSheet("TNGT theo tháng", "Phụ lục 3. Tai nạn giao thông theo tháng so với cùng kỳ năm "
						+ campaign.baselineYear() + of, prepend("Tháng", accidentHeader), accidents.byMonth(user, scope)),
				new AnnexSheet("TNGT theo địa bàn", "Phụ lục 4. Tai nạn giao thông theo địa bàn so với cùng kỳ năm "
						+ campaign.baselineYear() + of, prepend("Địa bàn", accidentHeader), accidents.byArea(user, scope)),
				section("Điểm thi đua", "Phụ lục 5. Kết quả chấm điểm, xếp loại thi đua" + of, report, SectionKey.RANKING),
				section("Đề nghị khen thưởng", "Phụ lục 6. Danh sách đề nghị khen thưởng" + of, report,
						SectionKey.COMMENDATIONS));
		byte[] content = AnnexSheets.write(sheets);
		return new SummaryFile(fileName(report, "xlsx"), content, (System.nanoTime() - start) / 1_000_000);
	}

	/** A section's table as kept in the report; its text when it has none ("Phong trào chưa có bảng chấm điểm…"). */
	private static AnnexSheet section(String name, String title, SummaryView report, SectionKey key) {
		SectionView section = report.section(key);
		if (section.table() == null) {
			return new AnnexSheet(name, title, List.of("Ghi chú"),
					section.paragraphs().stream().map(line -> List.<Object>of(line)).toList());
		}
		return new AnnexSheet(name, title, section.table().header(), AnnexSheets.rows(section.table()));
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}

	/** "Bao-cao-so-ket-31-12-2024.docx", "Phu-luc-bao-cao-tong-ket-31-12-2024.xlsx". */
	static String fileName(SummaryView report, String extension) {
		String stem = (report.kind() == SummaryKind.SIX_MONTH ? "bao-cao-so-ket-" : "bao-cao-tong-ket-")
				+ Formats.DATE.format(report.to()).replace('/', '-');
		return extension.equals("docx") ? "B" + stem.substring(1) + ".docx" : "Phu-luc-" + stem + "." + extension;
	}
}
