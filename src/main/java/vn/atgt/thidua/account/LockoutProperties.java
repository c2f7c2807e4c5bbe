package vn.atgt.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code thidua.security.lockout.*}: how many failed sign-ins in a row lock a name, and for how long. */
@ConfigurationProperties("thidua.security.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
}
