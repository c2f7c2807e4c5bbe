package vn.atgt.thidua.scoring;

import java.math.BigDecimal;

/** A grade (xếp loại) reached from {@code minPoints} up. */
public record GradeView(Long id, String name, BigDecimal minPoints) {
}
