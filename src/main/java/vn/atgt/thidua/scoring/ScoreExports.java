package vn.atgt.thidua.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.unit.UnitKind;

/**
 * The ranking as an Excel sheet for the office and leaders: the ranked units with their points, grade and the tie rule
 * that placed them and whether they are
 * the final score or the reviewed one (no final yet), then the excluded units with the condition met and the note, then those whose score does not
 * count yet. Same figures as the page ({@link ScoringQueries#ranking}).
 */
@Service
@Transactional(readOnly = true)
public class ScoreExports {

	public static final List<String> HEADERS = List.of("Hạng", "Đơn vị", "Điểm tiêu chí", "Điểm thưởng", "Điểm trừ",
			"Tổng điểm", "Xếp loại", "Đạt", "Ghi chú", "Căn cứ điểm");
	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final ScoringQueries queries;
	private final MessageSource messages;

	ScoreExports(ScoringQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	public byte[] ranking(CurrentUser user, Long campaignId, UnitKind kind) {
		RankingPage page = queries.ranking(user, campaignId, kind);
		List<List<String>> rows = new ArrayList<>();
		for (RankingPage.Row r : page.ranked()) {
			rows.add(Arrays.asList(String.valueOf(r.rank()), r.unitName(), n(r.breakdown().main()),
					n(r.breakdown().bonus()), n(r.breakdown().deductions()), n(r.breakdown().total()),
					r.grade() == null ? text("scoring.grade.none") : r.grade().name(),
					text(r.passes() ? "scoring.passes" : "scoring.fails"),
					r.tieRule() == null ? null : text(r.tieRule().messageKey()),
					text(r.official() ? "scoring.ranking.official" : "scoring.ranking.reviewedOnly")));
		}
		for (RankingPage.Excluded e : page.excluded()) {
			rows.add(Arrays.asList(text("scoring.ranking.excludedRank"), e.unitName(), null, null, null, null, null,
					null, e.condition() + (e.note() == null ? "" : " — " + e.note()), null));
		}
		for (RankingPage.Pending p : page.pending()) {
			rows.add(Arrays.asList(null, p.unitName(), null, null, null, null, null, null,
					text(p.status() == null ? "scoring.status.none" : p.status().messageKey()), null));
		}
		return Sheets.write("Xep hang", HEADERS, rows);
	}

	public String rankingFileName(CurrentUser user, Long campaignId) {
		String plan = queries.campaign(user, campaignId).planNumber();
		return "xep-hang-thi-dua-" + SearchText.key(plan).replaceAll("[^a-z0-9]+", "-") + ".xlsx";
	}

	private String text(String key) {
		return messages.getMessage(key, null, VI);
	}

	private static String n(java.math.BigDecimal value) {
		return VietnameseNumbers.format(value);
	}
}
