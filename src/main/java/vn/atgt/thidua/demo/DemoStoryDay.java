package vn.atgt.thidua.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The demo tells the story of the 2024 movement, so its clock runs from the story's day ({@code thidua.demo.today},
 * 23/12/2024 by default: the reports of July–November are due, the last on 20/12, December's not yet) at today's
 * time of day ({@code thidua.demo.time-of-day} when set, as the tests do), and moves on as real time does. Deadlines, lateness and reminders then read as they did that December
 * instead of "870 days late". Every page says which day the demo believes it is; an empty value uses the real clock.
 * Either way the clock is a {@link StoryClock}, which the demo story sets to the moment of each of its steps.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoStoryDay {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@Primary
	StoryClock demoClock(@Value("${thidua.demo.today:}") String today,
			@Value("${thidua.demo.time-of-day:}") String timeOfDay) {
		Clock real = Clock.systemUTC();
		if (today.isBlank()) {
			return new StoryClock(real);
		}
		// the tests start the story at a fixed hour: started at 23:59, a run would see the story's day turn mid-way
		LocalTime now = timeOfDay.isBlank() ? LocalTime.now(real.withZone(VIETNAM)) : LocalTime.parse(timeOfDay);
		return new StoryClock(Clock.offset(real,
				Duration.between(real.instant(), LocalDate.parse(today).atTime(now).atZone(VIETNAM).toInstant())));
	}
}
