package vn.atgt.thidua.common.persistence;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/**
 * Fills created_by/updated_by with the signed-in user's name ("system" for jobs and start-up data), and
 * created_at/updated_at from the application's clock, so that they agree with the workflow's own times (a test's
 * clock, the demo story's moments).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditingClock")
class JpaAuditingConfig {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(CurrentUsers.current().map(CurrentUser::username).orElse(SYSTEM));
	}

	@Bean
	DateTimeProvider auditingClock(Clock clock) {
		return () -> Optional.of(clock.instant());
	}
}
