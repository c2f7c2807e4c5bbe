package vn.atgt.thidua.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.atgt.thidua.report.QuotableNarrative;

/**
 * The units' accepted narratives as {@link vn.atgt.thidua.report.ReportNarratives} reads them for the highlight picker
 * and the highlights section, filtered and paged by the database: this module's {@code progress_reports} and
 * {@code report_narratives} with the campaign module's periods (name) and task areas (number) and the unit module's
 * {@code units} (name, search key) in one SQL, since a page needs 20 of a campaign's 115,080 accepted narratives at
 * province scale. "Accepted": a narrative with activities or results in an accepted report.
 */
@Repository
public class NarrativeQuotes {

	/** The narrative's text to quote: its results, or its activities when it has no results. */
	private static final String QUOTE = "CASE WHEN n.results IS NOT NULL AND TRIM(n.results) <> '' THEN n.results "
			+ "ELSE n.activities END";

	/** Vietnamese letters with their marks, and without (accent-free text search, as {@code SearchText.key}). */
	private static final String MARKED = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
	private static final String PLAIN = "aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy";

	private static final String FROM = """
			FROM report_narratives n
			JOIN progress_reports r ON r.id = n.report_id
			JOIN campaign_periods p ON p.id = r.period_id
			JOIN campaign_task_areas a ON a.id = n.task_area_id
			JOIN units u ON u.id = r.unit_id
			WHERE r.campaign_id = :campaignId AND r.status = 'ACCEPTED'
			AND (n.activities IS NOT NULL OR n.results IS NOT NULL)
			""";

	private static final String ORDER = " ORDER BY r.period_id, r.unit_id, a.number, n.id";

	private final NamedParameterJdbcTemplate jdbc;

	NarrativeQuotes(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the campaign's accepted narratives of the periods that overlap {@code from}–{@code to}, by period, unit
	 * and task area; each filter applies when not null. {@code limit} rows from {@code offset}; texts cut to
	 * {@code textLimit} characters.
	 */
	public List<QuotableNarrative> page(Long campaignId, LocalDate from, LocalDate to, Long taskAreaId, Long periodId,
			String unitPattern, String textPattern, int offset, int limit, int textLimit) {
		String sql = "SELECT n.id, u.name AS unit_name, p.name AS period_name, a.number, SUBSTRING(" + QUOTE
				+ ", 1, :textLimit) AS text " + FROM + "AND p.end_date >= :from AND p.start_date <= :to"
				+ (taskAreaId == null ? "" : " AND n.task_area_id = :taskAreaId")
				+ (periodId == null ? "" : " AND r.period_id = :periodId")
				+ (unitPattern == null ? "" : " AND u.search_key LIKE :unitPattern")
				+ (textPattern == null ? "" : " AND (" + plain("n.results") + " LIKE :textPattern OR "
						+ plain("n.activities") + " LIKE :textPattern)")
				+ ORDER + " LIMIT :limit OFFSET :offset";
		MapSqlParameterSource params = new MapSqlParameterSource("campaignId", campaignId).addValue("from", from)
			.addValue("to", to).addValue("taskAreaId", taskAreaId).addValue("periodId", periodId)
			.addValue("unitPattern", unitPattern).addValue("textPattern", textPattern).addValue("limit", limit)
			.addValue("offset", offset).addValue("textLimit", textLimit);
		return jdbc.query(sql, params, NarrativeQuotes::quote);
	}

	/**
	 * Those of the given narratives that are accepted narratives of the campaign (of any period), by period, unit and
	 * task area, their texts whole: what the highlights section quotes and what a choice is checked against.
	 */
	public List<QuotableNarrative> chosen(Long campaignId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String sql = "SELECT n.id, u.name AS unit_name, p.name AS period_name, a.number, " + QUOTE + " AS text " + FROM
				+ "AND n.id IN (:ids)" + ORDER;
		return jdbc.query(sql, new MapSqlParameterSource("campaignId", campaignId).addValue("ids", ids),
				NarrativeQuotes::quote);
	}

	/** The column's text lower-cased and without Vietnamese marks, to compare with a {@code SearchText} pattern. */
	private static String plain(String column) {
		return "TRANSLATE(LOWER(" + column + "), '" + MARKED + "', '" + PLAIN + "')";
	}

	private static QuotableNarrative quote(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("text");
		return new QuotableNarrative(rs.getLong("id"), rs.getString("unit_name"), rs.getString("period_name"),
				rs.getInt("number"), text == null ? "" : text.strip());
	}
}
