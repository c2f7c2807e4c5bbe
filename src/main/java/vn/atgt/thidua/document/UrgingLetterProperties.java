package vn.atgt.thidua.document;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.urging.*}: the new deadline an urging letter gives the late units, {@code days-to-answer} days after
 * the day it is drafted. application.properties holds the value (and the environment variable that sets it).
 */
@ConfigurationProperties("thidua.urging")
public record UrgingLetterProperties(int daysToAnswer) {

	public UrgingLetterProperties {
		if (daysToAnswer < 1) {
			throw new IllegalArgumentException("thidua.urging.days-to-answer must be at least 1: " + daysToAnswer);
		}
	}
}
