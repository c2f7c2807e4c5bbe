package vn.atgt.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.security.session.*}: the absolute lifetime of a signed-in session. The idle timeout
 * ({@code server.servlet.session.timeout}) never ends a session that is used all day; this one does, counted from the
 * sign-in.
 */
@ConfigurationProperties("thidua.security.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {
}
