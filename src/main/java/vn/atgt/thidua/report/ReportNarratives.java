package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.report.internal.NarrativeQuotes;
import vn.atgt.thidua.report.internal.ProgressReportRepository;

/**
 * A door of the report module for what the units wrote under each task area in their accepted reports: the
 * highlights the six-month and year-end reports quote. "Accepted" is a narrative with activities or results in an
 * accepted report. A campaign has 115,080 of them at province scale: the picker reads them filtered and paged by the
 * database ({@link #page}). The caller scopes by user.
 */
@Service
@Transactional(readOnly = true)
public class ReportNarratives {

	private final ProgressReportRepository reports;
	private final NarrativeQuotes quotes;

	ReportNarratives(ProgressReportRepository reports, NarrativeQuotes quotes) {
		this.reports = reports;
		this.quotes = quotes;
	}

	/** Every accepted narrative of the campaign, by period and unit, in one query. */
	public List<AcceptedNarrative> acceptedNarratives(Long campaignId) {
		return reports.narrativesOfCampaign(campaignId, ReportStatus.ACCEPTED);
	}

	/**
	 * A page of the campaign's accepted narratives of the periods that overlap {@code from}–{@code to}, by period, unit
	 * and task area; each filter applies when not null ({@code unitPattern}, {@code textPattern}: LIKE patterns on the
	 * accent-free unit name and text, as {@code SearchText.likePattern} makes them). {@code limit} rows from
	 * {@code offset}; texts cut to {@code textLimit} characters. One SQL statement.
	 */
	public List<QuotableNarrative> page(Long campaignId, LocalDate from, LocalDate to, Long taskAreaId, Long periodId,
			String unitPattern, String textPattern, int offset, int limit, int textLimit) {
		return quotes.page(campaignId, from, to, taskAreaId, periodId, unitPattern, textPattern, offset, limit,
				textLimit);
	}

	/**
	 * Those of the given narratives that are accepted narratives of the campaign (of any period), by period, unit and
	 * task area, their texts whole: what the highlights section quotes and what a choice is checked against. One SQL
	 * statement however many are given.
	 */
	public List<QuotableNarrative> chosen(Long campaignId, Collection<Long> ids) {
		return quotes.chosen(campaignId, ids);
	}
}
