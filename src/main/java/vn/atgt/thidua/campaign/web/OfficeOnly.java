package vn.atgt.thidua.campaign.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only the standing office and administrators set campaigns up; everyone signed in reads them. Every handler that
 * shows a form or changes something carries this: the others answer 403, whether they GET or POST.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('STANDING_OFFICE', 'ADMIN')")
@interface OfficeOnly {
}
