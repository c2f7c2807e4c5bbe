package vn.atgt.thidua.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.report.internal.ProgressReportRepository;
import vn.atgt.thidua.report.internal.ReportHeader;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The report module's one access policy: who may see a report, prepare it, send it and decide on it. Every entry point
 * of the module (the door's commands, the page reads, the evidence downloads) calls a {@code require…} method here;
 * {@link #actions} answers a page's question "what may this user do with it?" from the same conditions, so that the
 * page shows exactly the buttons the service accepts. Another unit's report is not found (404); a report the user may
 * read but not change (a leader, the office for the unit's parts) is access denied (403). Checks take the report's
 * {@link ReportScope}, so that committee scoping is added here, once.
 */
@Component
public class ReportAccess {

	private final ProgressReportRepository reports;
	private final CampaignService campaigns;

	private final UnitService units;

	ReportAccess(ProgressReportRepository reports, CampaignService campaigns, UnitService units) {
		this.reports = reports;
		this.campaigns = campaigns;
		this.units = units;
	}

	/** @throws NotFoundException (404) for a campaign of another committee (issue 18) */
	public void requireCommittee(CurrentUser user, CampaignView campaign) {
		CommitteeScope.require(user, campaign.committeeId(), "campaign", campaign.id());
	}

	// --- the conditions, each in one place --------------------------------------------------------------------------

	/** A report exists for the user only if she may read its unit's data, in her committee's campaign. */
	private boolean reads(CurrentUser user, ReportScope report) {
		return user.canRead(report.unitId())
				&& CommitteeScope.covers(user, campaigns.committeeOf(report.campaignId()));
	}

	/** Only the unit's own officers and head prepare its report. */
	private static boolean prepares(CurrentUser user, ReportScope report) {
		return user.worksFor(report.unitId());
	}

	/** Of those who prepare it, the unit's head alone sends it. */
	private static boolean sends(CurrentUser user) {
		return user.has(Role.UNIT_HEAD);
	}

	/** The standing office and administrators decide on reports. */
	private static boolean decides(CurrentUser user) {
		return user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** A unit's officers and head open its reports. */
	private static boolean opens(CurrentUser user) {
		return user.unitId() != null && user.worksFor(user.unitId());
	}

	// --- checks -----------------------------------------------------------------------------------------------------

	/** @throws NotFoundException unless the user may read the report */
	public void requireReadable(CurrentUser user, ReportScope report) {
		if (!reads(user, report)) {
			throw new NotFoundException("report", report.reportId());
		}
	}

	/** @throws AccessDeniedException unless the user is one of the unit's officers or its head */
	public void requirePreparer(CurrentUser user, ReportScope report) {
		requireReadable(user, report);
		if (!prepares(user, report)) {
			throw new AccessDeniedException("only the unit's officers and head prepare its report");
		}
	}

	/**
	 * The unit's preparers change a report while it is a draft or returned, and the campaign runs.
	 * @throws DomainException {@code campaign.closed} / {@code campaign.notActive}, or
	 *         {@code report.notEditable.<status>}
	 */
	public void requireEditable(CurrentUser user, ReportScope report) {
		requirePreparer(user, report);
		campaigns.requireActive(report.campaignId());
		if (!report.status().isEditable()) {
			throw new DomainException("report.notEditable." + report.status().name());
		}
	}

	/** As {@link #requireEditable}, and only the unit's head sends it. */
	public void requireSender(CurrentUser user, ReportScope report) {
		requireEditable(user, report);
		if (!sends(user)) {
			throw new AccessDeniedException("only the unit head submits");
		}
	}

	/** Only the standing office and administrators decide on reports, while the campaign runs. */
	public void requireOffice(CurrentUser user, ReportScope report) {
		requireReadable(user, report);
		if (!decides(user)) {
			throw new AccessDeniedException("only the standing office decides on reports");
		}
		campaigns.requireActive(report.campaignId());
	}

	/**
	 * @throws NotFoundException for a campaign of another committee
	 * @throws AccessDeniedException unless the user sees every unit (the office, leaders, administrators)
	 */
	public void requireSeesAll(CurrentUser user, CampaignView campaign) {
		requireCommittee(user, campaign);
		if (!seesEveryUnit(user)) {
			throw new AccessDeniedException("only the standing office, leaders and administrators see every unit");
		}
	}

	/** @throws NotFoundException unless the user may read the unit's reports */
	public void requireUnitReadable(CurrentUser user, Long unitId) {
		if (unitId == null || !user.canRead(unitId)
				|| !CommitteeScope.covers(user, units.find(unitId).map(UnitSummary::committeeId).orElse(null))) {
			throw new NotFoundException("reports of unit", unitId);
		}
	}

	/** @throws AccessDeniedException unless the user prepares the reports of her unit (officer or head) */
	public void requireOpener(CurrentUser user) {
		if (!opens(user)) {
			throw new AccessDeniedException("only a unit's officers and head open its reports");
		}
	}

	// --- the checks on a report by id, for the module's services ---------------------------------------------------

	ReportHeader readable(CurrentUser user, Long reportId) {
		ReportHeader h = header(reportId);
		requireReadable(user, h.scope());
		return h;
	}

	ReportHeader editable(CurrentUser user, Long reportId) {
		ReportHeader h = header(reportId);
		requireEditable(user, h.scope());
		return h;
	}

	ReportHeader sendable(CurrentUser user, Long reportId) {
		ReportHeader h = header(reportId);
		requireSender(user, h.scope());
		return h;
	}

	ReportHeader decidable(CurrentUser user, Long reportId) {
		ReportHeader h = header(reportId);
		requireOffice(user, h.scope());
		return h;
	}

	private ReportHeader header(Long reportId) {
		return reports.header(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
	}

	// --- what a page may offer --------------------------------------------------------------------------------------

	/** What the user may do with a report she reads, in a campaign as it stands: the checks above, as answers. */
	public ReportActions actions(CurrentUser user, ReportScope report, CampaignView campaign) {
		boolean active = campaign.isActive();
		boolean edit = active && report.status().isEditable() && prepares(user, report);
		boolean decide = active && decides(user);
		return new ReportActions(edit, edit && sends(user), decide && report.status() == ReportStatus.SUBMITTED,
				decide && report.status() == ReportStatus.ACCEPTED, edit && !sends(user));
	}

	/** True for those who see every unit's reports (the office, leaders, administrators): the lists of all units. */
	public boolean seesEveryUnit(CurrentUser user) {
		return user.seesAllUnits();
	}

	/** True when the user may open her unit's report for a period that has begun (the campaign running). */
	public boolean mayOpen(CurrentUser user, CampaignView campaign) {
		return campaign.isActive() && opens(user);
	}

	/** True when the user may accept or return reports of the campaign from the queue. */
	public boolean mayDecide(CurrentUser user, CampaignView campaign) {
		return campaign.isActive() && decides(user);
	}
}
