package vn.atgt.thidua.exemplar;

import java.math.BigDecimal;

/**
 * A recognised exemplar as the public page shows it: its title, unit, kind, the beginning of its description
 * ({@value ExemplarPublicSection#SUMMARY_LENGTH} characters at most), and its results (the indicator before and after,
 * and the text). No person's name or contact.
 */
public record PublicExemplar(String title, String unitName, ExemplarKind kind, String summary, String indicator,
		BigDecimal valueBefore, BigDecimal valueAfter, String results) {
}
