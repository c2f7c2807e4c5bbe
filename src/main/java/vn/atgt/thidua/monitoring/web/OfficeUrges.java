package vn.atgt.thidua.monitoring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Only the standing office and administrators urge units; the others get 403. (The service checks it again.) */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'ADMIN')")
@interface OfficeUrges {
}
