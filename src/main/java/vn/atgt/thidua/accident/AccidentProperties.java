package vn.atgt.thidua.accident;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.accident.*}: the most deaths one line of a month's figures may show (a commune in a month); more is
 * taken for a typing slip and refused, in the entry grid and in an imported sheet alike.
 */
@ConfigurationProperties("thidua.accident")
public record AccidentProperties(@DefaultValue("50") int plausibleDeaths) {

	public AccidentProperties {
		if (plausibleDeaths < 1) {
			throw new IllegalArgumentException(
					"thidua.accident.plausible-deaths must be at least 1: " + plausibleDeaths);
		}
	}
}
