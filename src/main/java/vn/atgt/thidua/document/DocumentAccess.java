package vn.atgt.thidua.document;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CommitteeScope;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.monitoring.MonitoringAccess;

/**
 * The access policy of the document module, the one place that says who may draft which document of a campaign:
 * everyone signed in reads a campaign and downloads its launching plan; the urging letter is the standing office's
 * (and administrators'): it is an urging, and who urges is the monitoring module's policy
 * ({@link MonitoringAccess#urges}), which this one asks rather than repeating the roles. Every read and download of
 * the module calls it, and the document list asks it what to offer ({@link #actions}). The files kept as signed (a
 * finalised report) are kept by the standing office; a restricted one is read only by those who see every unit. The
 * checks take the campaign, so that a committee's scope is added here once.
 */
@Component
public class DocumentAccess {

	private final MonitoringAccess monitoring;

	DocumentAccess(MonitoringAccess monitoring) {
		this.monitoring = monitoring;
	}

	/** True when the user may read the campaign's documents: everyone signed in of the campaign's committee. */
	public boolean reads(CurrentUser user, CampaignView campaign) {
		return CommitteeScope.covers(user, campaign.committeeId());
	}

	/** True when the user may draft that document of the campaign. */
	public boolean drafts(CurrentUser user, CampaignView campaign, CampaignDocumentKind kind) {
		return switch (kind) {
			case LAUNCH_PLAN -> reads(user, campaign);
			case URGING_LETTER -> reads(user, campaign) && monitoring.urges(user);
		};
	}

	/** @throws NotFoundException unless the user may read the campaign's documents */
	public void requireReader(CurrentUser user, CampaignView campaign) {
		if (!reads(user, campaign)) {
			throw new NotFoundException("campaign", campaign.id());
		}
	}

	/**
	 * @throws NotFoundException unless the user may read the campaign's documents
	 * @throws AccessDeniedException (403) unless she may draft that one
	 */
	public void requireDrafter(CurrentUser user, CampaignView campaign, CampaignDocumentKind kind) {
		requireReader(user, campaign);
		if (!drafts(user, campaign, kind)) {
			throw new AccessDeniedException(kind.slug() + " of campaign " + campaign.id());
		}
	}

	/** True when the user may read a kept file of the campaign: a restricted one only if she sees every unit. */
	public boolean readsKept(CurrentUser user, CampaignView campaign, boolean restricted) {
		return reads(user, campaign) && (!restricted || user.seesAllUnits());
	}

	/** True when the user may keep a signed file among the campaign's documents: the standing office's. */
	public boolean keeps(CurrentUser user, CampaignView campaign) {
		return reads(user, campaign) && user.hasAny(Role.STANDING_OFFICE, Role.ADMIN);
	}

	/** @throws AccessDeniedException unless the user may keep files of the campaign */
	public void requireKeeper(CurrentUser user, CampaignView campaign) {
		requireReader(user, campaign);
		if (!keeps(user, campaign)) {
			throw new AccessDeniedException("kept files of campaign " + campaign.id());
		}
	}

	/** The documents of the campaign the user may draft. */
	public DocumentActions actions(CurrentUser user, CampaignView campaign) {
		Set<CampaignDocumentKind> kinds = EnumSet.noneOf(CampaignDocumentKind.class);
		for (CampaignDocumentKind kind : CampaignDocumentKind.values()) {
			if (drafts(user, campaign, kind)) {
				kinds.add(kind);
			}
		}
		return new DocumentActions(kinds);
	}
}
