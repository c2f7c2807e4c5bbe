package vn.atgt.thidua.common.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates ({@code ${@fmt.date(campaign.startDate)}}) and documents: dates dd/MM/yyyy,
 * timestamps in Asia/Ho_Chi_Minh, Vietnamese numbers and percentages.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	public static final String DATE_PATTERN = "dd/MM/yyyy";
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	public String date(TemporalAccessor date) {
		if (date == null) {
			return "";
		}
		if (date instanceof Instant instant) {
			return DATE.format(instant.atZone(ZONE));
		}
		if (date instanceof OffsetDateTime odt) {
			return DATE.format(odt.atZoneSameInstant(ZONE));
		}
		return DATE.format(date);
	}

	public String dateTime(TemporalAccessor moment) {
		if (moment == null) {
			return "";
		}
		if (moment instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(ZONE));
		}
		if (moment instanceof OffsetDateTime odt) {
			return DATE_TIME.format(odt.atZoneSameInstant(ZONE));
		}
		return DATE_TIME.format(moment);
	}

	public String number(Number value) {
		return VietnameseNumbers.format(value);
	}

	/** "10,5 %" for 10.5; one decimal, as Vietnamese reports write percentages. */
	public String percent(Number value) {
		if (value == null) {
			return "";
		}
		return VietnameseNumbers.format(value, 1) + " %";
	}

	public BigDecimal nullToZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
