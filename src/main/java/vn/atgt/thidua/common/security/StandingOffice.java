package vn.atgt.thidua.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A handler of the standing office's work (setting a campaign up, deciding on registrations and reports, urging
 * units): only the standing office and administrators reach it, the others get 403 whether they GET the form or
 * POST. It is the coarse gate; the module's access policy checks the item itself, with the user's scope.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'ADMIN')")
public @interface StandingOffice {
}
