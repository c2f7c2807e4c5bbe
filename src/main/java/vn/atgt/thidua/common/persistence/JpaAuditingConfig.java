package vn.atgt.thidua.common.persistence;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/** Fills created_by/updated_by with the signed-in user's name ("system" for jobs and start-up data). */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor")
class JpaAuditingConfig {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(CurrentUsers.current().map(CurrentUser::username).orElse(SYSTEM));
	}
}
