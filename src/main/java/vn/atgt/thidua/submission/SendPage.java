package vn.atgt.thidua.submission;

import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * A campaign's page "Gửi lên cấp trên": the parent committee (null when there is none), the finalised year-end
 * reports and the dossier's deciding levels the office may send, and what the campaign sent, latest first.
 */
public record SendPage(CampaignView campaign, String parentName, List<ReportOption> reports, List<String> deciders,
		List<SubmissionRow> sent, boolean send) {

	/** A finalised year-end report that may be sent: its id and its period. */
	public record ReportOption(Long id, String label) {
	}
}
