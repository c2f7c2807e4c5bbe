/**
 * The append-only audit trail: who changed what, when, from where, with each field's value before and after. One
 * Hibernate listener records the creation, change and deletion of every entity (except those marked
 * {@link vn.atgt.thidua.common.persistence.NotAudited}) in the transaction of the change itself, and sign-ins, failed
 * sign-ins, lockouts and their lifting by an administrator are recorded from the security events;
 * {@link vn.atgt.thidua.audit.AuditService} reads the trail for the administrators' page {@code /admin/audit} and for
 * the history of one item in other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "common")
package vn.atgt.thidua.audit;
