package vn.atgt.thidua.common.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that the audit trail leaves out because nobody edits it (counters, logs of their own). Every other
 * entity's creation, change and deletion is recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {
}
