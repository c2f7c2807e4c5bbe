package vn.atgt.thidua.registration.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the standing office and administrators decide on registrations and set the registration up (suggested
 * indicators, deadline); the others get 403, whether they GET the form or POST.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'ADMIN')")
@interface OfficeDecides {
}
