package vn.atgt.thidua.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The demo tells the story of the 2024 movement, so its clock runs from the story's day ({@code thidua.demo.today},
 * 23/12/2024 by default: the reports of July–November are due, the last on 20/12, December's not yet) at today's
 * time of day, and moves on as real time does. Deadlines, lateness and reminders then read as they did that December
 * instead of "870 days late". Every page says which day the demo believes it is; an empty value uses the real clock.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("!'${thidua.demo.today:}'.isBlank()")
class DemoStoryDay {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@Primary
	Clock demoClock(@Value("${thidua.demo.today}") LocalDate today) {
		Clock real = Clock.systemUTC();
		LocalTime now = LocalTime.now(real.withZone(VIETNAM));
		return Clock.offset(real, Duration.between(real.instant(), today.atTime(now).atZone(VIETNAM).toInstant()));
	}
}
