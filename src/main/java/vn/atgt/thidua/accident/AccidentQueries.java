package vn.atgt.thidua.accident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.accident.internal.AccidentSheet;
import vn.atgt.thidua.accident.internal.AccidentSheetLine;
import vn.atgt.thidua.accident.internal.AccidentSheetRepository;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The pages of the campaign tab "Tai nạn giao thông": the comparison with the baseline year (by month, cumulative,
 * goal checks, by area) and the entry page of one month. Each read checks {@link AccidentAccess} and returns what its
 * page shows, the campaign and the user's actions included; the comparison is read in a constant number of queries.
 */
@Service
@Transactional(readOnly = true)
public class AccidentQueries {

	private final AccidentMonths months;
	private final AccidentComparisons comparisons;
	private final AccidentAccess access;
	private final AccidentSheetRepository sheets;

	AccidentQueries(AccidentMonths months, AccidentComparisons comparisons, AccidentAccess access,
			AccidentSheetRepository sheets) {
		this.months = months;
		this.comparisons = comparisons;
		this.access = access;
		this.sheets = sheets;
	}

	/**
	 * The comparison page: the campaign's comparison, and the by-area table of the month named by {@code scope}
	 * ("2024-07"; from the campaign's start when it is null or not one of the campaign's months), that table paged.
	 * @throws NotFoundException when there is no such campaign
	 */
	public ComparisonPage comparisonPage(CurrentUser user, Long campaignId, String scope, Pageable areaPage) {
		AccidentContext context = months.context(campaignId);
		access.requireReader(user, context.campaign());
		AccidentComparisons.AreaPage page = comparisons.page(context, areaPage);
		AccidentComparison comparison = page.comparison();
		MonthComparison month = scope == null ? null : comparison.month(scope);
		List<AreaComparison> byArea = comparison.byArea(month == null ? -1 : comparison.months().indexOf(month));
		return new ComparisonPage(context.campaign(), comparison, month, new PageImpl<>(byArea, areaPage, page.total()),
				access.actions(user, context.campaign()));
	}

	/**
	 * The entry page of the month named by its key ("2024-07"): its sheet ({@link #sheet}) and what the user may do
	 * with it.
	 * @throws NotFoundException when the month is neither the campaign's nor of its baseline year
	 * @throws AccessDeniedException (403) unless the user may enter figures
	 */
	public SheetPage sheetPage(CurrentUser user, Long campaignId, String key) {
		AccidentContext context = months.context(campaignId);
		AccidentPeriod period = context.period(key);
		access.requireEnterer(user, context.campaign());
		SheetView sheet = sheet(context, period);
		return new SheetPage(context.campaign(), sheet, access.actions(user, context.campaign(), sheet.status()));
	}

	/**
	 * The entry screen of one month: its areas, the figures entered so far, the classification rule, the history.
	 * @throws AccessDeniedException (403) unless the user may enter figures
	 */
	public SheetView sheet(CurrentUser user, Long campaignId, AccidentPeriod period) {
		AccidentContext context = months.context(campaignId);
		access.requireEnterer(user, context.campaign());
		return sheet(context, period);
	}

	private SheetView sheet(AccidentContext context, AccidentPeriod period) {
		List<SheetArea> areas = context.areasOf(period);
		List<AccidentRuleView> inPeriod = months.rulesDuring(period);
		boolean baselineMonth = context.isBaselineMonth(period);
		AccidentSheet sheet = sheets.find(context.rootAreaId(), period.convention(), period.year(),
				period.monthValue()).orElse(null);
		if (sheet == null) {
			return new SheetView(period, baselineMonth, context.rootArea(), areas, null, null, null, null, Map.of(),
					months.rule(period), inPeriod, null, null, null, null, 0, List.of());
		}
		Map<Long, AccidentFigures> figures = new LinkedHashMap<>();
		for (AccidentSheetLine line : sheet.getLines()) {
			figures.put(line.getAreaId(), line.figures());
		}
		return new SheetView(period, baselineMonth, context.rootArea(), areas, sheet.getId(), sheet.getStatus(),
				sheet.getScope(), sheet.getSource(), figures, months.ruleView(sheet.getRuleId()), inPeriod,
				sheet.getEnteredAt(), name(sheet.getEnteredByName(), sheet.getEnteredBy()), sheet.getConfirmedAt(),
				name(sheet.getConfirmedByName(), sheet.getConfirmedBy()), sheet.getVersion(),
				sheets.history(sheet.getId()));
	}

	private static String name(String name, String username) {
		return name == null || name.isBlank() ? username : name;
	}
}
