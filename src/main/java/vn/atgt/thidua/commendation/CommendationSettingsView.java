package vn.atgt.thidua.commendation;

import java.math.BigDecimal;

/** A committee's commendation settings: vote threshold in percent, quota per unit (null: none), days of publication. */
public record CommendationSettingsView(BigDecimal voteThreshold, Integer quotaPerUnit, int publishDays, long version) {
}
