package vn.atgt.thidua.exemplar.internal;

import java.math.BigDecimal;

import vn.atgt.thidua.exemplar.ExemplarKind;

/** A recognised, published exemplar as read for the public page, before its unit's name is looked up. */
public record PublicExemplarRow(Long unitId, ExemplarKind kind, String title, String description, String indicator,
		BigDecimal valueBefore, BigDecimal valueAfter, String results) {
}
