package vn.atgt.thidua.audit.internal;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks the {@link EntityChangeAuditor} into Hibernate at start-up, before any application runner writes data, so that
 * every entity change of every module is audited without code on any screen.
 */
@Configuration(proxyBeanMethods = false)
class EntityAuditConfig {

	@Bean
	EntityChangeAuditor entityChangeAuditor(EntityManagerFactory entityManagerFactory, Clock clock) {
		EntityChangeAuditor auditor = new EntityChangeAuditor(clock);
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		listeners.appendListeners(EventType.POST_INSERT, auditor);
		listeners.appendListeners(EventType.POST_UPDATE, auditor);
		listeners.appendListeners(EventType.POST_DELETE, auditor);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, auditor);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, auditor);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, auditor);
		return auditor;
	}
}
