package vn.atgt.thidua.campaign;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.ReportingPeriod;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The standing office sets up a campaign's reporting periods: generated from a cadence over a date range, or added
 * one by one. Periods are added while the campaign is open, changed or deleted only while it is a draft. Every method
 * checks with {@link CampaignAccess} that the user sets the campaign up (403 otherwise) and answers 404 for a period of
 * another campaign. Adding periods publishes {@link PeriodsAdded}.
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

	private final CampaignRepository campaigns;
	private final CampaignChanges changes;
	private final ApplicationEventPublisher events;

	PeriodService(CampaignRepository campaigns, CampaignChanges changes, ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.changes = changes;
		this.events = events;
	}

	/**
	 * One period of the campaign, for its edit form.
	 * @throws NotFoundException when it belongs to another campaign
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	public PeriodView get(CurrentUser user, Long campaignId, Long periodId) {
		ReportingPeriod p = changes.load(user, campaignId).period(periodId);
		return new PeriodView(p.getId(), campaignId, p.getCadence(), p.getName(), p.getStartDate(), p.getEndDate(),
				p.getDueDate(), p.isBaseline(), p.getVersion());
	}

	/** What the generation form proposes: monthly over the campaign's dates, due on the 20th of the next month. */
	public PeriodGeneration generationDefaults(CurrentUser user, Long campaignId) {
		Campaign campaign = changes.load(user, campaignId);
		return new PeriodGeneration(Cadence.MONTHLY, campaign.getStartDate(), campaign.getEndDate(),
				PeriodGeneration.DEFAULT_DUE_DAY, false);
	}

	/**
	 * Generates the whole periods of the cadence within the range (see {@link PeriodGeneration}). Nothing is written
	 * when the range holds no whole period ({@code period.generate.none}), or when one of them overlaps a period of the
	 * same cadence or lies outside the campaign without being the baseline.
	 * @return the number of periods added
	 */
	@Transactional
	public int generate(CurrentUser user, Long campaignId, PeriodGeneration generation) {
		Campaign campaign = changes.load(user, campaignId);
		if (generation.cadence() == null || !generation.cadence().isRegular()) {
			throw new FieldException("cadence", "period.generate.adHoc");
		}
		if (generation.endDate().isBefore(generation.startDate())) {
			throw new FieldException("endDate", "period.endDate.beforeStart");
		}
		campaign.requireOpen();
		List<PeriodCalendar.Draft> drafts = PeriodCalendar.generate(generation.cadence(), generation.startDate(),
				generation.endDate(), generation.dueDay(), generation.baseline());
		if (drafts.isEmpty()) {
			throw new FieldException("cadence", "period.generate.none");
		}
		campaign.addPeriods(drafts);
		events.publishEvent(new PeriodsAdded(campaignId));
		return drafts.size();
	}

	/**
	 * Adds one period entered by hand.
	 * @return the new period's id
	 */
	@Transactional
	public Long add(CurrentUser user, Long campaignId, PeriodCommand command) {
		ReportingPeriod period = changes.load(user, campaignId).addPeriods(List.of(draft(command))).get(0);
		campaigns.flush();
		events.publishEvent(new PeriodsAdded(campaignId));
		return period.getId();
	}

	/**
	 * Changes a period (campaign in draft only).
	 * @throws DomainException {@code period.changeOnlyInDraft} unless the campaign is a draft
	 * @throws StaleDataException when someone saved the period since {@code version} was shown
	 */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long periodId, long version, PeriodCommand command) {
		Campaign campaign = changes.load(user, campaignId);
		ReportingPeriod period = campaign.period(periodId);
		StaleDataException.check(period, version);
		campaign.updatePeriod(period, draft(command));
	}

	/**
	 * Deletes a period (campaign in draft only).
	 * @throws DomainException {@code period.changeOnlyInDraft} unless the campaign is a draft
	 */
	@Transactional
	public void remove(CurrentUser user, Long campaignId, Long periodId) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.removePeriod(campaign.period(periodId));
	}

	private static PeriodCalendar.Draft draft(PeriodCommand c) {
		return new PeriodCalendar.Draft(c.cadence(), c.name(), c.startDate(), c.endDate(), c.dueDate(), c.baseline());
	}
}
