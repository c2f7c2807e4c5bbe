package vn.atgt.thidua.summary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.document.KeptFileCommand;
import vn.atgt.thidua.document.KeptFiles;

/**
 * Finalising a report: it is locked with who and when, and in the same transaction its DOCX and the XLSX of its annex
 * tables are generated once and kept among the campaign's documents (document module, for the committee only, as the
 * report itself), so that the province receives exactly what was signed; the report's downloads are those files from
 * then on. If keeping fails, the report stays a draft.
 */
@Service
public class SummaryFinalisation {

	private final SummaryService summaries;
	private final SummaryDocument documents;
	private final SummaryWorkbook workbooks;
	private final KeptFiles kept;
	private final CampaignService campaigns;

	SummaryFinalisation(SummaryService summaries, SummaryDocument documents, SummaryWorkbook workbooks, KeptFiles kept,
			CampaignService campaigns) {
		this.summaries = summaries;
		this.documents = documents;
		this.workbooks = workbooks;
		this.kept = kept;
		this.campaigns = campaigns;
	}

	/**
	 * Finalises the report and keeps its files.
	 * @throws org.springframework.security.access.AccessDeniedException unless standing office or administrator
	 * @throws vn.atgt.thidua.common.DomainException {@code summary.final.locked} when it is final already
	 */
	@Transactional
	public void finalise(CurrentUser user, Long campaignId, Long reportId, long version) {
		summaries.finalise(user, campaignId, reportId, version);
		SummaryView report = summaries.get(user, campaignId, reportId);
		String title = "Báo cáo " + Texts.lowerFirst(report.kind().word()) + " "
				+ SummaryDocument.movement(campaigns.get(campaignId)) + " (từ ngày " + Formats.DATE.format(report.from())
				+ " đến ngày " + Formats.DATE.format(report.to()) + ")";
		SummaryFile docx = documents.generate(report);
		SummaryFile xlsx = workbooks.generate(user, report);
		Long docxId = kept.keep(user, campaignId, new KeptFileCommand(title, docx.fileName(), docx.content(), true));
		Long xlsxId = kept.keep(user, campaignId,
				new KeptFileCommand("Phụ lục số liệu: " + Texts.lowerFirst(title), xlsx.fileName(), xlsx.content(), true));
		summaries.keepFiles(campaignId, reportId, docxId, xlsxId);
	}
}
