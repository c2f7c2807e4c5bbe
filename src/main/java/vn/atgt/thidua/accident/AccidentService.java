package vn.atgt.thidua.accident;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.AccidentSheet;
import vn.atgt.thidua.accident.internal.AccidentSheetRepository;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The door of the accident module for figures. Figures belong to the committee's area and an accident month counted
 * under the campaign's convention, not to a campaign: the baseline year's figures entered once serve every campaign
 * of the committee. They are entered (or imported) by the standing office and by users of a unit that supplies
 * accident figures (the police), confirmed by the standing office, and reopened by it with a reason; only confirmed
 * figures count in the comparison and the goal checks, which is what other modules read here. Who may do what is
 * {@link AccidentAccess}'s (403 for those who may not); a closed campaign refuses every change. The pages read
 * {@link AccidentQueries}.
 */
@Service
@Transactional(readOnly = true)
public class AccidentService {

	private final AccidentMonths months;
	private final AccidentComparisons comparisons;
	private final AccidentAccess access;
	private final AccidentSheetRepository sheets;
	private final CampaignService campaigns;
	private final AccidentProperties properties;
	private final Clock clock;

	AccidentService(AccidentMonths months, AccidentComparisons comparisons, AccidentAccess access,
			AccidentSheetRepository sheets, CampaignService campaigns, AccidentProperties properties, Clock clock) {
		this.months = months;
		this.comparisons = comparisons;
		this.access = access;
		this.sheets = sheets;
		this.campaigns = campaigns;
		this.properties = properties;
		this.clock = clock;
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/**
	 * The accident month of the campaign named by its key ("2024-07"): one of the campaign's months, or any month of
	 * its baseline year(s).
	 * @throws NotFoundException for any other key, or when there is no such campaign
	 */
	public AccidentPeriod period(Long campaignId, String key) {
		return months.context(campaignId).period(key);
	}

	/**
	 * The comparison of the campaign: each of its accident months against the same month of the baseline year, the
	 * cumulative sums from its first month, the goal checks and the same by area, from confirmed figures only. A
	 * constant number of queries, whatever the number of areas and months.
	 * @throws NotFoundException when there is no such campaign, or the user may not read its figures
	 */
	public AccidentComparison comparison(CurrentUser user, Long campaignId) {
		AccidentContext context = months.context(campaignId);
		access.requireReader(user, context.campaign());
		return comparisons.of(context);
	}

	/**
	 * As {@link #comparison}, without the communes' rows ({@code areas()} empty), for pages that show the campaign's
	 * sums only (the leadership dashboard): each month is summed by the database.
	 * @throws NotFoundException when there is no such campaign, or the user may not read its figures
	 */
	public AccidentComparison comparisonTotals(CurrentUser user, Long campaignId) {
		AccidentContext context = months.context(campaignId);
		access.requireReader(user, context.campaign());
		return comparisons.totals(context);
	}

	/**
	 * The same comparison for the campaign's public page, which has no signed-in user: confirmed figures only, as
	 * always. The caller (the dashboard module) serves it only for a campaign whose office switched its page on.
	 * @throws NotFoundException when there is no such campaign
	 */
	public AccidentComparison publicComparison(Long campaignId) {
		return comparisons.of(months.context(campaignId));
	}

	/** The goal checks of the campaign so far (see {@link #comparison}). */
	public List<GoalCheck> goalChecks(CurrentUser user, Long campaignId) {
		return comparison(user, campaignId).goals();
	}

	// --- changing ---------------------------------------------------------------------------------------------------

	/**
	 * Saves a month's figures as a draft (creating the sheet, with the rule in force for the month, at the first save).
	 * @throws AccessDeniedException (403) unless the user may enter figures
	 * @throws StaleDataException when someone saved the month since {@code version} was shown
	 * @throws DomainException when the month is confirmed, the campaign closed, or the figures are wrong
	 */
	@Transactional
	public void save(CurrentUser user, Long campaignId, AccidentPeriod period, long version, SheetCommand command) {
		record(user, campaignId, period, version, command, SheetAction.SAVED);
	}

	/** The same as {@link #save}, recorded in the history as an import from a sheet. */
	@Transactional
	public void saveImported(CurrentUser user, Long campaignId, AccidentPeriod period, long version,
			SheetCommand command) {
		record(user, campaignId, period, version, command, SheetAction.IMPORTED);
	}

	/**
	 * The standing office confirms a month's figures: they count from now on and are locked.
	 * @throws AccessDeniedException (403) unless standing office or administrator
	 * @throws DomainException {@code accident.confirm.nothing} when nothing was entered, or the sheet's own rules
	 */
	@Transactional
	public void confirm(CurrentUser user, Long campaignId, AccidentPeriod period, long version) {
		AccidentContext context = months.context(campaignId);
		access.requireConfirmer(user, context.campaign());
		campaigns.requireOpen(campaignId);
		AccidentSheet sheet = existing(context, period);
		StaleDataException.check(sheet, version);
		sheet.confirm(actor(user));
	}

	/**
	 * The standing office reopens confirmed figures for correction, saying why.
	 * @throws AccessDeniedException (403) unless standing office or administrator
	 * @throws DomainException {@code accident.reopen.reason} without a reason, or unless confirmed
	 */
	@Transactional
	public void reopen(CurrentUser user, Long campaignId, AccidentPeriod period, long version, String reason) {
		AccidentContext context = months.context(campaignId);
		access.requireConfirmer(user, context.campaign());
		campaigns.requireOpen(campaignId);
		AccidentSheet sheet = existing(context, period);
		StaleDataException.check(sheet, version);
		sheet.reopen(reason, actor(user));
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	private void record(CurrentUser user, Long campaignId, AccidentPeriod period, long version, SheetCommand command,
			SheetAction action) {
		AccidentContext context = months.context(campaignId);
		access.requireEnterer(user, context.campaign());
		campaigns.requireOpen(campaignId);
		check(context, period, command);
		AccidentSheet sheet = find(context, period);
		if (sheet == null) {
			sheet = new AccidentSheet(context.rootAreaId(), period, months.rule(period).id());
			sheet.record(command.scope(), command.source().strip(), command.figures(), action, actor(user));
			sheets.save(sheet);
		}
		else {
			StaleDataException.check(sheet, version);
			sheet.record(command.scope(), command.source().strip(), command.figures(), action, actor(user));
		}
	}

	private void check(AccidentContext context, AccidentPeriod period, SheetCommand command) {
		if (command.source() == null || command.source().isBlank()) {
			throw new FieldException("source", "accident.source.required");
		}
		if (command.source().strip().length() > 500) {
			throw new FieldException("source", "accident.source.tooLong", 500);
		}
		if (command.figures().isEmpty()) {
			throw new DomainException("accident.sheet.empty");
		}
		Set<Long> allowed = new HashSet<>();
		if (command.scope() == SheetScope.WHOLE_AREA) {
			allowed.add(context.rootAreaId());
		}
		else {
			context.areasOf(period).forEach(a -> allowed.add(a.id()));
		}
		for (Map.Entry<Long, AccidentFigures> entry : command.figures().entrySet()) {
			if (!allowed.contains(entry.getKey())) {
				throw new DomainException("accident.area.notInSheet");
			}
			List<FigureProblem> problems = entry.getValue().problems(properties.plausibleDeaths());
			if (!problems.isEmpty()) {
				throw new DomainException(problems.get(0).messageKey(), problems.get(0).args());
			}
		}
	}

	private AccidentSheet find(AccidentContext context, AccidentPeriod period) {
		return sheets.find(context.rootAreaId(), period.convention(), period.year(), period.monthValue()).orElse(null);
	}

	private AccidentSheet existing(AccidentContext context, AccidentPeriod period) {
		AccidentSheet sheet = find(context, period);
		if (sheet == null) {
			throw new DomainException("accident.sheet.none");
		}
		return sheet;
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
