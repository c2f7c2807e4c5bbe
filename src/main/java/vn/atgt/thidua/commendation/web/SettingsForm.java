package vn.atgt.thidua.commendation.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.commendation.CommendationSettingsView;

/** The committee's commendation settings as their form sends them; an empty quota means none. */
record SettingsForm(
		@NotNull(message = "{meeting.threshold.required}") @DecimalMin(value = "0.01", message = "{meeting.threshold.range}") @DecimalMax(value = "100", message = "{meeting.threshold.range}") BigDecimal voteThreshold,
		@Min(value = 1, message = "{settings.quota.range}") @Max(value = 1000, message = "{settings.quota.range}") Integer quotaPerUnit,
		@NotNull(message = "{settings.publishDays.required}") @Min(value = 1, message = "{settings.publishDays.range}") @Max(value = 30, message = "{settings.publishDays.range}") Integer publishDays,
		long version) {

	static SettingsForm of(CommendationSettingsView s) {
		return new SettingsForm(s.voteThreshold(), s.quotaPerUnit(), s.publishDays(), s.version());
	}

	CommendationSettingsView toValues() {
		return new CommendationSettingsView(voteThreshold, quotaPerUnit, publishDays, version);
	}
}
