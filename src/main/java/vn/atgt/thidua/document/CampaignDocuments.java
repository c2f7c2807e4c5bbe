package vn.atgt.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.common.storage.FileNames;
import vn.atgt.thidua.monitoring.ItemSelection;
import vn.atgt.thidua.monitoring.LateItem;
import vn.atgt.thidua.monitoring.LateUnit;
import vn.atgt.thidua.monitoring.MonitoringService;
import vn.atgt.thidua.scoring.ScoreTableService;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * The documents of a campaign, generated on request from the campaign's and the committee's data (nothing of them is
 * stored; the signed files other modules keep are {@link KeptFiles}'):
 * the launching plan, which every signed-in user may download (every signed-in user reads a campaign), and the urging
 * letter to late units, which the standing office drafts from the monitoring module's late list. Who may draft which
 * is {@link DocumentAccess}'s; every method checks it.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDocuments {

	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final CommitteeDocuments committeeDocuments;
	private final DocxWriter writer;
	private final MonitoringService monitoring;
	private final DocumentAccess access;
	private final Clock clock;
	private final UrgingLetterProperties urging;
	private final KeptFiles keptFiles;
	private final ScoreTableService scoreTables;

	CampaignDocuments(CampaignService campaigns, CommitteeService committees, CommitteeDocuments committeeDocuments,
			DocxWriter writer, MonitoringService monitoring, DocumentAccess access, Clock clock,
			UrgingLetterProperties urging, KeptFiles keptFiles, ScoreTableService scoreTables) {
		this.keptFiles = keptFiles;
		this.campaigns = campaigns;
		this.committees = committees;
		this.committeeDocuments = committeeDocuments;
		this.writer = writer;
		this.monitoring = monitoring;
		this.access = access;
		this.clock = clock;
		this.urging = urging;
		this.scoreTables = scoreTables;
	}

	/**
	 * The campaign tab "Văn bản": the campaign, its documents ({@link #available}), the files kept as signed that the
	 * user may read ({@link KeptFiles}) and which documents the user may draft.
	 * @throws NotFoundException when there is no such campaign
	 */
	public CampaignDocumentsPage page(CurrentUser user, Long campaignId) {
		CampaignView campaign = readable(user, campaignId);
		return new CampaignDocumentsPage(campaign, available(campaign), keptFiles.list(user, campaignId),
				access.actions(user, campaign));
	}

	/**
	 * The documents available for the campaign, with the names their files download under.
	 * @throws NotFoundException when there is no such campaign
	 */
	public List<CampaignDocumentRow> available(CurrentUser user, Long campaignId) {
		return available(readable(user, campaignId));
	}

	/**
	 * Generates one document of the campaign as DOCX, from the campaign's data alone.
	 * @throws NotFoundException when there is no such campaign
	 * @throws AccessDeniedException unless the user may draft it
	 * @throws IllegalArgumentException for the urging letter, which needs the units: {@link #urgingLetter}
	 */
	public DocumentFile generate(CurrentUser user, Long campaignId, CampaignDocumentKind kind) {
		return switch (kind) {
			case LAUNCH_PLAN -> launchPlan(user, campaignId);
			case URGING_LETTER -> throw new IllegalArgumentException("the urging letter is drafted for selected units");
		};
	}

	/**
	 * The launching plan (kế hoạch phát động) of the campaign in the layout of Nghị định 30/2020, with the committee's
	 * header, signature block and recipients: number and date of the plan, basis, title, purpose, requirements, task
	 * areas, dates and reporting periods, and the participating units as an annex.
	 * @throws NotFoundException when there is no such campaign
	 */
	public DocumentFile launchPlan(CurrentUser user, Long campaignId) {
		CampaignView campaign = drafted(user, campaignId, CampaignDocumentKind.LAUNCH_PLAN);
		return new DocumentFile(fileName(CampaignDocumentKind.LAUNCH_PLAN, campaign), FileKind.DOCX,
				writer.write(launchPlanDocument(campaign)));
	}

	/**
	 * The launching plan as a document model, before it is written.
	 * @throws NotFoundException when there is no such campaign
	 */
	public OfficialDocument launchPlanDocument(CurrentUser user, Long campaignId) {
		return launchPlanDocument(drafted(user, campaignId, CampaignDocumentKind.LAUNCH_PLAN));
	}

	private OfficialDocument launchPlanDocument(CampaignView campaign) {
		CommitteeView committee = committees.get(campaign.committeeId());
		LaunchPlan plan = new LaunchPlan(campaign, committee, campaigns.taskAreas(campaign.id()),
				campaigns.periods(campaign.id()), campaigns.participants(campaign.id()),
				scoreTables.table(campaign.id()).orElse(null));
		if (campaign.followsCampaignId() != null) {
			CampaignView parent = campaigns.get(campaign.followsCampaignId());
			plan.following(parent, committees.get(parent.committeeId()));
		}
		return plan.compose(committeeDocuments.draft(committee, DocumentType.PLAN));
	}

	/**
	 * The urging letter (công văn đôn đốc) to the selected units about their items overdue in the selection, as of
	 * today (units with nothing overdue left out): the committee's header, number left blank for the clerk, dated
	 * today, the late units and items in a table, a new deadline {@link UrgingLetterProperties#daysToAnswer} days from
	 * today.
	 * @throws DomainException {@code document.urgingLetter.noUnit} when no unit is selected,
	 *         {@code document.urgingLetter.nothingLate} when none of them has anything overdue in the selection
	 * @throws org.springframework.security.access.AccessDeniedException unless the user is of the standing office or
	 *         an administrator
	 * @throws NotFoundException when there is no such campaign or the selected period is not one of its periods
	 */
	public DocumentFile urgingLetter(CurrentUser user, Long campaignId, ItemSelection selection,
			Collection<Long> unitIds) {
		OfficialDocument letter = urgingLetterDocument(user, campaignId, selection, unitIds);
		PeriodView period = selection.periodId() == null ? null : period(campaignId, selection.periodId());
		return new DocumentFile(FileNames.sanitise(UrgingLetter.fileName(selection, period), FileKind.DOCX),
				FileKind.DOCX, writer.write(letter));
	}

	/** The urging letter as a document model, before it is written; as {@link #urgingLetter}. */
	public OfficialDocument urgingLetterDocument(CurrentUser user, Long campaignId, ItemSelection selection,
			Collection<Long> unitIds) {
		CampaignView campaign = drafted(user, campaignId, CampaignDocumentKind.URGING_LETTER);
		if (unitIds == null || unitIds.isEmpty()) {
			throw new DomainException("document.urgingLetter.noUnit");
		}
		List<LateUnit> late = monitoring.lateUnitsToUrge(user, campaignId, selection, unitIds);
		if (late.isEmpty()) {
			throw new DomainException("document.urgingLetter.nothingLate");
		}
		// one period named in the subject: the selected one, or the only one the late reports are of
		Set<Long> periods = late.stream().flatMap(u -> u.items().stream()).map(LateItem::periodId)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		Long periodId = selection.periodId() != null ? selection.periodId()
				: periods.size() == 1 ? periods.iterator().next() : null;
		PeriodView period = periodId == null ? null : period(campaignId, periodId);
		CommitteeView committee = committees.get(campaign.committeeId());
		LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
		return new UrgingLetter(campaign, committee, period, late, today, today.plusDays(urging.daysToAnswer()))
			.compose(committeeDocuments.draft(committee, DocumentType.OFFICIAL_LETTER));
	}

	private List<CampaignDocumentRow> available(CampaignView campaign) {
		return Arrays.stream(CampaignDocumentKind.values())
			.map(kind -> new CampaignDocumentRow(kind, fileName(kind, campaign)))
			.toList();
	}

	private CampaignView readable(CurrentUser user, Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireReader(user, campaign);
		return campaign;
	}

	private CampaignView drafted(CurrentUser user, Long campaignId, CampaignDocumentKind kind) {
		CampaignView campaign = campaigns.get(campaignId);
		access.requireDrafter(user, campaign, kind);
		return campaign;
	}

	private PeriodView period(Long campaignId, Long periodId) {
		return campaigns.period(periodId)
			.filter(p -> p.campaignId().equals(campaignId))
			.orElseThrow(() -> new NotFoundException("reporting period", periodId));
	}

	private static String fileName(CampaignDocumentKind kind, CampaignView campaign) {
		return switch (kind) {
			case LAUNCH_PLAN -> FileNames.sanitise(LaunchPlan.fileName(campaign), FileKind.DOCX);
			case URGING_LETTER -> FileNames.sanitise(UrgingLetter.FILE_STEM + ".docx", FileKind.DOCX);
		};
	}
}
