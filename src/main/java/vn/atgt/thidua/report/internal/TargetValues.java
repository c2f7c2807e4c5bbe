package vn.atgt.thidua.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.PeriodsAdded;
import vn.atgt.thidua.registration.RegistrationApproved;
import vn.atgt.thidua.registration.RegistrationReopened;

/**
 * Keeps the value of every approved target ({@code target_values}, read by
 * {@link vn.atgt.thidua.report.ReportCompletions}) in the transaction that changes it: a report accepted, returned or
 * reopened (called by {@link vn.atgt.thidua.report.ReportService}), a registration approved or reopened (its targets
 * become or stop being approved; a target can only be removed from a registration that is not approved), periods added
 * to a running campaign (the main cadence may change). One unit's values are rebuilt by the same set-based statement as
 * a campaign's, so that what is kept never differs from what a rebuild gives. Listeners run synchronously, inside the
 * publisher's transaction. Each change raises the campaign's counter ({@link CompletionVersionRepository}) in the same
 * transaction, first (its row stays locked until the commit, see {@link #changed}), which tells every node that the counts it keeps in
 * memory ({@link CompletionCache}) are out of date.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class TargetValues {

	private final CompletionRepository completions;
	private final CompletionVersionRepository versions;

	TargetValues(CompletionRepository completions, CompletionVersionRepository versions) {
		this.completions = completions;
		this.versions = versions;
	}

	/** Keeps the values of one unit's approved targets in the campaign again. */
	public void keep(Long campaignId, Long unitId) {
		changed(campaignId);
		completions.forget(campaignId, false, unitId);
		completions.keep(campaignId, false, unitId);
	}

	/** Keeps the values of every approved target of the campaign again; returns how many. */
	public int rebuild(Long campaignId) {
		changed(campaignId);
		completions.forget(campaignId, true, null);
		return completions.keep(campaignId, true, null);
	}

	/**
	 * Raises the campaign's counter first: its row stays locked until the commit, so two transactions changing the same
	 * campaign's values take turns. Raised last, the second one's delete (its snapshot taken before the first committed)
	 * missed the rows the first had just inserted and its insert met them: a duplicate key under load (bench/load.sh).
	 */
	private void changed(Long campaignId) {
		versions.create(campaignId);
		versions.raise(campaignId);
	}

	@EventListener
	void approved(RegistrationApproved event) {
		keep(event.campaignId(), event.unitId());
	}

	@EventListener
	void reopened(RegistrationReopened event) {
		keep(event.campaignId(), event.unitId());
	}

	@EventListener
	void periodsAdded(PeriodsAdded event) {
		rebuild(event.campaignId());
	}
}
