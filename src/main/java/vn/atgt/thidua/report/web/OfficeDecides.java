package vn.atgt.thidua.report.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the standing office and administrators accept, return and reopen reports; the others get 403, whether they GET
 * the form or POST. (The service checks it again, with the unit scope.)
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'ADMIN')")
@interface OfficeDecides {
}
