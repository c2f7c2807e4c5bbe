package vn.atgt.thidua.campaign;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.StatusVersionRepository;
import vn.atgt.thidua.unit.UnitChanged;

/**
 * A counter per campaign of the changes to where its units stand (V156), which tells every node that the standing and
 * progress it keeps in memory (monitoring's, issue 14 item 5: ~90 ms of PostgreSQL per view of the dashboard at
 * province scale) are out of date. Raised in the transaction that makes the change, before it writes anything: its row
 * stays locked until the commit, so the changes of one campaign take turns and always lock the counter before their
 * own rows (no two of them wait for each other in the other order). Who raises it: every command of this module (a
 * participant or a period added, changed or removed; {@code CampaignChanges}), the report module's and the
 * registration module's status transitions and the registration deadline, and a participating unit changed (its name
 * or kind is shown).
 */
@Component
public class CampaignStatusVersions {

	private final StatusVersionRepository versions;

	CampaignStatusVersions(StatusVersionRepository versions) {
		this.versions = versions;
	}

	/** The campaign's counter as committed (0 before its first change). One indexed row. */
	@Transactional(readOnly = true)
	public long version(Long campaignId) {
		return versions.version(campaignId);
	}

	/** Raises the campaign's counter in the caller's transaction: call it before the change writes anything. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void raise(Long campaignId) {
		versions.create(campaignId);
		versions.raise(campaignId);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void unitChanged(UnitChanged event) {
		versions.campaignsOf(event.unitId()).forEach(this::raise);
	}
}
