package vn.atgt.thidua.exemplar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a unit writes of an exemplar: its kind and name, the person of a good deed, what it is, when it started, its
 * results as one indicator before and after (both optional, the indicator named when a value is given) and in words.
 */
public record ExemplarCommand(ExemplarKind kind, String title, String personName, String description,
		LocalDate startedOn, String indicator, BigDecimal valueBefore, BigDecimal valueAfter, String results) {
}
