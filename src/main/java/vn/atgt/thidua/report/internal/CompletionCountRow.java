package vn.atgt.thidua.report.internal;

import java.math.BigDecimal;

/**
 * A row of {@link CompletionRepository#counts}: the level it counts at ({@code UNIT_AREA}, {@code AREA}, {@code UNIT},
 * {@code TOTAL}, {@code INDICATOR}), its keys (null where the level does not have them) and its figures.
 */
public interface CompletionCountRow {

	String getLevel();

	Long getUnitId();

	Long getTaskAreaId();

	Long getSuggestedIndicatorId();

	Number getTargets();

	Number getMet();

	Number getOnTrack();

	Number getBehind();

	BigDecimal getAchieved();

	BigDecimal getTargetSum();

	String getName();

	String getUnitOfMeasure();

	String getDirection();

	Integer getTaskAreaNumber();
}
