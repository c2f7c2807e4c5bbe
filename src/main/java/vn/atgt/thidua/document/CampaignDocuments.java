package vn.atgt.thidua.document;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.common.storage.FileNames;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The documents of a campaign, generated on request from the campaign's and the committee's data (nothing is stored):
 * today the launching plan. Every signed-in user may read a campaign, so every signed-in user may download them.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDocuments {

	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final CommitteeDocuments committeeDocuments;
	private final DocxWriter writer;

	CampaignDocuments(CampaignService campaigns, CommitteeService committees, CommitteeDocuments committeeDocuments,
			DocxWriter writer) {
		this.campaigns = campaigns;
		this.committees = committees;
		this.committeeDocuments = committeeDocuments;
		this.writer = writer;
	}

	/**
	 * The documents available for the campaign, with the names their files download under.
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<CampaignDocumentRow> available(Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		return Arrays.stream(CampaignDocumentKind.values())
			.map(kind -> new CampaignDocumentRow(kind, fileName(kind, campaign)))
			.toList();
	}

	/**
	 * Generates one document of the campaign as DOCX.
	 * @throws NotFoundException when there is no such campaign
	 */
	public DocumentFile generate(Long campaignId, CampaignDocumentKind kind) {
		return switch (kind) {
			case LAUNCH_PLAN -> launchPlan(campaignId);
		};
	}

	/**
	 * The launching plan (kế hoạch phát động) of the campaign in the layout of Nghị định 30/2020, with the committee's
	 * header, signature block and recipients: number and date of the plan, basis, title, purpose, requirements, task
	 * areas, dates and reporting periods, and the participating units as an annex.
	 * @throws NotFoundException when there is no such campaign
	 */
	public DocumentFile launchPlan(Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		return new DocumentFile(fileName(CampaignDocumentKind.LAUNCH_PLAN, campaign), FileKind.DOCX,
				writer.write(launchPlanDocument(campaign)));
	}

	/**
	 * The launching plan as a document model, before it is written.
	 * @throws NotFoundException when there is no such campaign
	 */
	public OfficialDocument launchPlanDocument(Long campaignId) {
		return launchPlanDocument(campaigns.get(campaignId));
	}

	private OfficialDocument launchPlanDocument(CampaignView campaign) {
		CommitteeView committee = committees.get(campaign.committeeId());
		LaunchPlan plan = new LaunchPlan(campaign, committee, campaigns.taskAreas(campaign.id()),
				campaigns.periods(campaign.id()), campaigns.participants(campaign.id()));
		return plan.compose(committeeDocuments.draft(committee, DocumentType.PLAN));
	}

	private static String fileName(CampaignDocumentKind kind, CampaignView campaign) {
		return switch (kind) {
			case LAUNCH_PLAN -> FileNames.sanitise(LaunchPlan.fileName(campaign), FileKind.DOCX);
		};
	}
}
