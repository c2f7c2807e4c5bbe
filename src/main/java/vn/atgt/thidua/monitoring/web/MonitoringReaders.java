package vn.atgt.thidua.monitoring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** The standing office, leaders and administrators read the monitoring pages; unit users get 403. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'LEADER', 'ADMIN')")
@interface MonitoringReaders {
}
