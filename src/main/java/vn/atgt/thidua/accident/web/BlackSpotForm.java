package vn.atgt.thidua.accident.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.atgt.thidua.accident.BlackSpotCommand;
import vn.atgt.thidua.accident.BlackSpotKind;

/** A point of the black-spot register as the form shows it; numbers and dates are typed the Vietnamese way. */
record BlackSpotForm(
		@NotNull(message = "{blackSpot.kind.required}") BlackSpotKind kind,
		@NotBlank(message = "{blackSpot.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@Size(max = 100, message = "{validation.tooLong}") String route,
		@Size(max = 30, message = "{validation.tooLong}") String kmMarker,
		Long areaId,
		@DecimalMin(value = "-90", message = "{blackSpot.latitude.range}") @DecimalMax(value = "90", message = "{blackSpot.latitude.range}")
		@Digits(integer = 3, fraction = 6, message = "{blackSpot.coordinate.digits}") BigDecimal latitude,
		@DecimalMin(value = "-180", message = "{blackSpot.longitude.range}") @DecimalMax(value = "180", message = "{blackSpot.longitude.range}")
		@Digits(integer = 3, fraction = 6, message = "{blackSpot.coordinate.digits}") BigDecimal longitude,
		@NotNull(message = "{blackSpot.identifiedOn.required}") LocalDate identifiedOn,
		@Size(max = 1000, message = "{validation.tooLong}") String criterion,
		@Size(max = 4000, message = "{validation.tooLong}") String accidentHistory,
		@Size(max = 4000, message = "{validation.tooLong}") String cause,
		@Size(max = 4000, message = "{validation.tooLong}") String measures,
		Long responsibleUnitId,
		@PositiveOrZero(message = "{validation.positiveOrZero}") @Digits(integer = 15, fraction = 0, message = "{blackSpot.cost.digits}") BigDecimal cost,
		LocalDate deadline,
		long version) {

	static BlackSpotForm empty() {
		return new BlackSpotForm(BlackSpotKind.BLACK_SPOT, "", "", "", null, null, null, null, "", "", "", "", null,
				null, null, 0);
	}

	static BlackSpotForm of(BlackSpotCommand c, long version) {
		return new BlackSpotForm(c.kind(), c.name(), c.route(), c.kmMarker(), c.areaId(), c.latitude(), c.longitude(),
				c.identifiedOn(), c.criterion(), c.accidentHistory(), c.cause(), c.measures(), c.responsibleUnitId(),
				c.cost(), c.deadline(), version);
	}

	BlackSpotCommand toCommand() {
		return new BlackSpotCommand(kind, name.strip(), blankToNull(route), blankToNull(kmMarker), areaId, latitude,
				longitude, identifiedOn, blankToNull(criterion), blankToNull(accidentHistory), blankToNull(cause),
				blankToNull(measures), responsibleUnitId, cost, deadline);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
