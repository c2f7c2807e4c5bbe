package vn.atgt.thidua.campaign;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.ReportingPeriod;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;

/**
 * The standing office sets up a campaign's reporting periods: generated from a cadence over a date range, or added
 * one by one. Periods are added while the campaign is open, changed or deleted only while it is a draft.
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

	private final CampaignRepository campaigns;

	PeriodService(CampaignRepository campaigns) {
		this.campaigns = campaigns;
	}

	/** One period of the campaign (404 when it belongs to another). */
	public PeriodView get(Long campaignId, Long periodId) {
		ReportingPeriod p = load(campaignId).period(periodId);
		return new PeriodView(p.getId(), campaignId, p.getCadence(), p.getName(), p.getStartDate(), p.getEndDate(),
				p.getDueDate(), p.isBaseline(), p.getVersion());
	}

	/** What the generation form proposes: monthly over the campaign's dates, due on the 20th of the next month. */
	public PeriodGeneration generationDefaults(Long campaignId) {
		Campaign campaign = load(campaignId);
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
	public int generate(Long campaignId, PeriodGeneration generation) {
		if (generation.cadence() == null || !generation.cadence().isRegular()) {
			throw new FieldException("cadence", "period.generate.adHoc");
		}
		if (generation.endDate().isBefore(generation.startDate())) {
			throw new FieldException("endDate", "period.endDate.beforeStart");
		}
		Campaign campaign = load(campaignId);
		campaign.requireOpen();
		List<PeriodCalendar.Draft> drafts = PeriodCalendar.generate(generation.cadence(), generation.startDate(),
				generation.endDate(), generation.dueDay(), generation.baseline());
		if (drafts.isEmpty()) {
			throw new FieldException("cadence", "period.generate.none");
		}
		campaign.addPeriods(drafts);
		return drafts.size();
	}

	/**
	 * Adds one period entered by hand.
	 * @return the new period's id
	 */
	@Transactional
	public Long add(Long campaignId, PeriodCommand command) {
		Campaign campaign = load(campaignId);
		ReportingPeriod period = campaign.addPeriods(List.of(draft(command))).get(0);
		campaigns.flush();
		return period.getId();
	}

	/** Changes a period (campaign in draft only). */
	@Transactional
	public void update(Long campaignId, Long periodId, long version, PeriodCommand command) {
		Campaign campaign = load(campaignId);
		ReportingPeriod period = campaign.period(periodId);
		StaleDataException.check(period, version);
		campaign.updatePeriod(period, draft(command));
	}

	/** Deletes a period (campaign in draft only). */
	@Transactional
	public void remove(Long campaignId, Long periodId) {
		Campaign campaign = load(campaignId);
		campaign.removePeriod(campaign.period(periodId));
	}

	private static PeriodCalendar.Draft draft(PeriodCommand c) {
		return new PeriodCalendar.Draft(c.cadence(), c.name(), c.startDate(), c.endDate(), c.dueDate(), c.baseline());
	}

	private Campaign load(Long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
	}
}
